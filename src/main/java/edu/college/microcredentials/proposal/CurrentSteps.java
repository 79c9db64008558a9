package edu.college.microcredentials.proposal;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.People;
import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * The steps a proposal waits at now, with who holds each and when it is due, read from the engine for anyone who may
 * see the proposal: its author learns where it is even though the step is not theirs to see in Tasklist.
 */
@Component
class CurrentSteps {

	static final String TASKLIST = "/camunda/app/tasklist/default/";

	private final ProcessEngine engine;

	private final People people;

	CurrentSteps(ProcessEngine engine, People people) {
		this.engine = engine;
		this.people = people;
	}

	/** One open step: {@code yours} when the reader may take it in Tasklist. */
	record Step(String taskId, String name, String heldBy, Date due, boolean yours) {

		public String tasklistLink() {
			return TASKLIST + "#/?task=" + taskId;
		}

		public boolean overdue() {
			return due != null && due.before(new Date());
		}

	}

	List<Step> of(Proposal proposal, String reader, Collection<String> readerGroups) {
		// the four-eyes rule keeps the author and the advisory team from what is offered to their groups
		boolean barredFromGroupSteps = reader.equals(proposal.getAuthor())
				|| proposal.advisoryTeamMembers().contains(reader);
		return WithoutAuthorization.read(engine, () -> engine.getTaskService().createTaskQuery()
			.processInstanceBusinessKey(proposal.getReference()).orderByDueDate().asc().list().stream()
			.map(task -> step(task, reader, barredFromGroupSteps ? List.of() : readerGroups)).toList());
	}

	private Step step(Task task, String reader, Collection<String> readerGroups) {
		// the step as drawn: the card's name also carries the reference and title the page already shows
		String name = StepName.of(engine.getRepositoryService(), task.getProcessDefinitionId(),
				task.getTaskDefinitionKey(), task.getName());
		if (task.getAssignee() != null) {
			return new Step(task.getId(), name, people.name(task.getAssignee()), task.getDueDate(),
					task.getAssignee().equals(reader));
		}
		List<IdentityLink> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
		String heldBy = candidates.stream()
			.map(link -> link.getGroupId() != null ? people.groupName(link.getGroupId()) : people.name(link.getUserId()))
			.collect(Collectors.joining(" or "));
		boolean yours = candidates.stream().anyMatch(link -> reader.equals(link.getUserId())
				|| link.getGroupId() != null && readerGroups.contains(link.getGroupId()));
		return new Step(task.getId(), name, heldBy.isEmpty() ? "nobody yet" : heldBy, task.getDueDate(), yours);
	}

}
