package edu.college.microcredentials.withdrawal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;
import static edu.college.microcredentials.process.ProcessVariables.WITHDRAWAL_REASON;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * Service task {@code withdrawProposal} of "Withdraw a micro-credential proposal": the author's request becomes the
 * message {@code withdrawalRequested}, which ends the proposal's development process. The requester is whoever is
 * signed in, never a variable; it fails with a message they read in Tasklist when the proposal is not theirs or can
 * no longer be withdrawn.
 */
@Component
class WithdrawProposal implements JavaDelegate {

	static final String MESSAGE = "withdrawalRequested";

	private final ProposalService proposals;

	WithdrawProposal(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = String.valueOf(execution.getVariable(PROPOSAL_REFERENCE)).trim();
		String reason = (String) execution.getVariable(WITHDRAWAL_REASON);
		if (reason == null || reason.isBlank()) {
			throw Refusal.badInput("Say why the proposal is withdrawn.");
		}
		Proposal proposal = proposals.find(reference);
		String requestedBy = ActingUser.of(execution);
		if (!proposal.getAuthor().equals(requestedBy)) {
			throw Refusal.notAllowed(
					"Only the author of " + reference + " (" + proposal.getAuthor() + ") can withdraw it.");
		}
		execution.setProcessBusinessKey(reference);
		try {
			// the author may not change the development process directly; this is the one change they may ask for
			WithoutAuthorization.call(() -> execution.getProcessEngineServices().getRuntimeService()
				.createMessageCorrelation(MESSAGE)
				.processInstanceBusinessKey(reference)
				.setVariables(Variables.createVariables().putValue(WITHDRAWAL_REASON, reason.trim()))
				.correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw Refusal.conflict(reference + " can no longer be withdrawn: it is "
					+ proposal.getStatus().label() + " (" + proposal.getStage() + ").");
		}
	}

}
