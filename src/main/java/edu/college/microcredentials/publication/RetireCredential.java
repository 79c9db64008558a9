package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.Decision;

/**
 * Service task {@code retireCredential}: the periodic review retired the credential, by the reviewer's decision and
 * for its reason; its badge is withdrawn.
 */
@Component
class RetireCredential implements JavaDelegate {

	private final ProposalService proposals;

	RetireCredential(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		Decision review = proposals.find(reference).lastDecision().orElseThrow();
		proposals.retire(reference, review.getDecidedBy(), review.getReason());
	}

}
