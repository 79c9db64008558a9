package edu.college.microcredentials.notification;

import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import edu.college.microcredentials.process.Role;

/** What process administrators do about mail: retry a delivery whose retries were spent. */
@RestController
@RequestMapping("/api/admin/mail")
class MailAdministration {

	private final MailOutbox outbox;

	private final IdentityService identity;

	MailAdministration(MailOutbox outbox, IdentityService identity) {
		this.outbox = outbox;
		this.identity = identity;
	}

	@PostMapping("/{deliveryId}/retry")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retry(@PathVariable long deliveryId) {
		Authentication caller = identity.getCurrentAuthentication();
		if (caller == null || !caller.getGroupIds().contains(Role.PROCESS_ADMINISTRATORS.groupId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only process administrators (" + Role.PROCESS_ADMINISTRATORS.groupId() + ") can retry mail.");
		}
		try {
			outbox.retry(deliveryId);
		}
		catch (NoSuchElementException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
		}
		catch (IllegalStateException notFailed) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, notFailed.getMessage());
		}
	}

}
