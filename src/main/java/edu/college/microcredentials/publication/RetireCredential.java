package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/** Service task {@code retireCredential}: the periodic review retired the credential; its badge is withdrawn. */
@Component
class RetireCredential implements JavaDelegate {

	private final ProposalService proposals;

	RetireCredential(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposals.close((String) execution.getVariable(PROPOSAL_REFERENCE), ProposalStatus.RETIRED);
	}

}
