package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.proposal.FullProposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/** Task listener (complete) of {@code writeFullProposal}: the development plan and the badge's description. */
@Component
class RecordFullProposal implements TaskListener {

	private final ProposalService proposals;

	RecordFullProposal(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = TaskForm.reference(task);
		proposals.writeFullProposal(reference, new FullProposal(
				TaskForm.required(task, "developmentPlan", "Development plan"),
				TaskForm.required(task, "resourcePlan", "Resources and budget"),
				TaskForm.required(task, "badgeDescription", "Digital badge description"),
				TaskForm.required(task, "badgeCriteria", "Badge criteria")), TaskForm.decidedBy(task));
		proposals.recordDecision(reference, new StageDecision(task.getTaskDefinitionKey(), StepName.of(task),
				"submitted", null, TaskForm.decidedBy(task), null));
		TaskForm.forget(task, "developmentPlan", "resourcePlan", "badgeDescription", "badgeCriteria");
	}

}
