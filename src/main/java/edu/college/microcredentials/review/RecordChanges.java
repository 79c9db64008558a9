package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of the tasks that answer a request for changes ({@code addressQualityFindings},
 * {@code reviseCredential}): what was changed goes on the record.
 */
@Component
class RecordChanges implements TaskListener {

	static final String CHANGES_MADE = "changesMade";

	private final ProposalService proposals;

	RecordChanges(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		String changes = TaskForm.required(task, CHANGES_MADE, "What changed");
		proposals.recordDecision(TaskForm.reference(task), new StageDecision(task.getTaskDefinitionKey(),
				task.getName(), "changed", changes, TaskForm.decidedBy(task), null));
		TaskForm.forget(task, CHANGES_MADE);
	}

}
