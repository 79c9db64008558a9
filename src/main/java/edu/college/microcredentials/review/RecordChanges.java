package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of {@code reviseCredential}: the author's changes after a periodic review go on the
 * record.
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
				StepName.of(task), "changed", changes, TaskForm.decidedBy(task), null));
		proposals.reviseAfterReview(TaskForm.reference(task), TaskForm.decidedBy(task), changes);
		TaskForm.forget(task, CHANGES_MADE);
	}

}
