package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.proposal.FullProposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of {@code writeFullProposal}: the development plan, the badge's description, and the EU's
 * standard elements the concept does not give (EQF level, notional workload, prerequisites, supervision and identity
 * verification during assessment, further information), which the public catalogue shows.
 */
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
				TaskForm.required(task, "badgeCriteria", "Badge criteria"), TaskForm.whole(task, "eqfLevel"),
				TaskForm.whole(task, "notionalWorkloadHours"), TaskForm.text(task, "prerequisites"),
				TaskForm.text(task, "assessmentSupervision"), TaskForm.text(task, "furtherInformation")),
				TaskForm.decidedBy(task));
		proposals.recordDecision(reference, new StageDecision(task.getTaskDefinitionKey(), StepName.of(task),
				"submitted", null, TaskForm.decidedBy(task), null));
		TaskForm.forget(task, "developmentPlan", "resourcePlan", "badgeDescription", "badgeCriteria", "eqfLevel",
				"notionalWorkloadHours", "prerequisites", "assessmentSupervision", "furtherInformation");
	}

}
