package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;

/**
 * Service task {@code publishCredential}: the Board approved, so the proposal becomes a published micro-credential
 * and enters the public catalogue with its badge definitions (catalogue module).
 */
@Component
class PublishCredential implements JavaDelegate {

	private final ProposalService proposals;

	PublishCredential(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposals.publish((String) execution.getVariable(PROPOSAL_REFERENCE));
	}

}
