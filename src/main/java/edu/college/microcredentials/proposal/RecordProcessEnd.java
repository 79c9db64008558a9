package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.process.ProcessKeys;

/**
 * Execution listener (end) of every process instance, by convention ({@code process/ProcessConventions}). The end
 * of the whole instance, never of a branch: a development that ends at an end event without approval or withdrawal
 * was declined there; one that was deleted or cancelled (Cockpit, REST) is cancelled by whoever did it. A cancelled
 * review cycle leaves the credential published.
 */
@Component
class RecordProcessEnd implements ExecutionListener {

	private final ProposalService proposals;

	RecordProcessEnd(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
		if (reference == null || ProcessKeys.WITHDRAWAL.equals(processKey)) {
			return;
		}
		String by = ActingUser.of(execution);
		boolean development = ProcessKeys.DEVELOPMENT.equals(processKey);
		if (execution.isCanceled()) {
			String reason = ((ExecutionEntity) execution).getDeleteReason();
			if (development) {
				proposals.cancel(reference, by, reason);
			}
			else {
				proposals.cancelReview(reference, by, reason);
			}
		}
		else if (development) {
			proposals.developmentEnded(reference, execution.getCurrentActivityName(), by);
		}
	}


}
