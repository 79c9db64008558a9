package edu.college.microcredentials.withdrawal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;
import static edu.college.microcredentials.process.ProcessVariables.WITHDRAWAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/** Service task {@code recordWithdrawal}: puts the author's withdrawal and its reason on the record. */
@Component
class RecordWithdrawal implements JavaDelegate {

	private final ProposalService proposals;

	RecordWithdrawal(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		String reason = (String) execution.getVariable(WITHDRAWAL_REASON);
		// the author through "Withdraw a micro-credential proposal", or an administrator sending the message
		String by = ActingUser.of(execution);
		proposals.recordDecision(reference,
				new StageDecision("withdrawProposal", "Withdrawn by the author", "withdrawn", reason, by, null));
		proposals.withdraw(reference, by, reason);
	}

}
