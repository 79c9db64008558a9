package edu.college.microcredentials.register;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalPageSection;

/** On a proposal's page: the proposals and credentials most like it that the reader may see, and why they matched. */
@Component
class SimilarCredentialsSection implements ProposalPageSection {

	private final Register register;

	private final IdentityService identityService;

	SimilarCredentialsSection(Register register, IdentityService identityService) {
		this.register = register;
		this.identityService = identityService;
	}

	@Override
	public String fragment() {
		return "register/similar :: section";
	}

	@Override
	public Map<String, ?> model(Proposal proposal) {
		Authentication reader = identityService.getCurrentAuthentication();
		return Map.of("similar", register.similarTo(proposal.getReference(), reader.getUserId(), reader.getGroupIds(),
				ShowSimilarCredentials.SHOWN));
	}

}
