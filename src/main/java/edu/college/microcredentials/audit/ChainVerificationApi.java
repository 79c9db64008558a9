package edu.college.microcredentials.audit;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import edu.college.microcredentials.process.Role;

/** Auditors and process administrators verify every proposal's records on demand. */
@RestController
class ChainVerificationApi {

	private static final Set<String> MAY_VERIFY = Set.of(Role.AUDITORS.groupId(),
			Role.PROCESS_ADMINISTRATORS.groupId());

	private final ChainVerification verification;

	private final IdentityService identity;

	ChainVerificationApi(ChainVerification verification, IdentityService identity) {
		this.verification = verification;
		this.identity = identity;
	}

	@GetMapping("/api/audit/verification")
	RecordChainReport verify() {
		Authentication caller = identity.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds().stream().noneMatch(MAY_VERIFY::contains)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only auditors (" + Role.AUDITORS.groupId()
					+ ") and process administrators (" + Role.PROCESS_ADMINISTRATORS.groupId()
					+ ") can verify the records.");
		}
		return verification.verify();
	}

}
