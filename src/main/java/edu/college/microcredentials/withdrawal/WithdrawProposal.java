package edu.college.microcredentials.withdrawal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;
import static edu.college.microcredentials.process.ProcessVariables.WITHDRAWAL_REASON;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * Service task {@code withdrawProposal} of "Withdraw a micro-credential proposal": the author's request becomes the
 * message {@code withdrawalRequested}, which ends the proposal's development process. It fails with a message the
 * author reads in Tasklist when the proposal is not theirs or can no longer be withdrawn.
 */
@Component
class WithdrawProposal implements JavaDelegate {

	static final String MESSAGE = "withdrawalRequested";

	static final String REQUESTED_BY = "requestedBy";

	private final ProposalService proposals;

	WithdrawProposal(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = String.valueOf(execution.getVariable(PROPOSAL_REFERENCE)).trim();
		String reason = (String) execution.getVariable(WITHDRAWAL_REASON);
		if (reason == null || reason.isBlank()) {
			throw new ProcessEngineException("Say why the proposal is withdrawn.");
		}
		Proposal proposal = proposals.find(reference);
		String requestedBy = (String) execution.getVariable(REQUESTED_BY);
		if (!proposal.getAuthor().equals(requestedBy)) {
			throw new ProcessEngineException(
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
			throw new ProcessEngineException(reference + " can no longer be withdrawn: it is "
					+ proposal.getStatus().label() + " (" + proposal.getStage() + ").", ex);
		}
	}

}
