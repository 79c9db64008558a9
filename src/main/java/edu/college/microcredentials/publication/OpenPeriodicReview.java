package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;

/** Execution listener (start) of {@code reviewCredential}: the review is due, so the credential is under review. */
@Component
class OpenPeriodicReview implements ExecutionListener {

	private final ProposalService proposals;

	OpenPeriodicReview(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateExecution execution) {
		proposals.openReview((String) execution.getVariable(PROPOSAL_REFERENCE));
	}

}
