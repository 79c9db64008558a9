package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;

/**
 * Task listener (create) of every user task, by convention ({@code process/ProcessConventions}): the proposal is
 * now at this step, waiting for its assignee or candidates.
 */
@Component
class TrackProposalStep implements TaskListener {

	private final ProposalService proposals;

	TrackProposalStep(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		// the deadlines are set by then: setDecisionDeadlines runs first (ProcessConventions)
		proposals.reachStep((String) task.getVariable(PROPOSAL_REFERENCE), task.getTaskDefinitionKey(),
				StepName.of(task), task.getId(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				actors(task));
	}

	private static Set<String> actors(DelegateTask task) {
		Set<String> actors = new LinkedHashSet<>();
		task.getCandidates().forEach(link -> actors.add(
				link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId()));
		if (task.getAssignee() != null) {
			actors.add("user:" + task.getAssignee());
		}
		return actors;
	}

}
