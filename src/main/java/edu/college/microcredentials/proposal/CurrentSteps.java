package edu.college.microcredentials.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
		return of(List.of(proposal), reader, readerGroups).get(proposal.getReference());
	}

	/** The steps of each of the proposals by reference, read with one task query for all of them. */
	Map<String, List<Step>> of(List<Proposal> proposals, String reader, Collection<String> readerGroups) {
		Map<String, List<Step>> steps = new HashMap<>();
		proposals.forEach(proposal -> steps.put(proposal.getReference(), new ArrayList<>()));
		if (proposals.isEmpty()) {
			return steps;
		}
		Map<String, Proposal> byReference = proposals.stream()
			.collect(Collectors.toMap(Proposal::getReference, Function.identity()));
		return WithoutAuthorization.read(engine, () -> {
			List<Task> open = engine.getTaskService().createTaskQuery()
				.processInstanceBusinessKeyIn(byReference.keySet().toArray(String[]::new)).orderByDueDate().asc()
				.list();
			// a proposal's steps may be in its development, withdrawal or review process: each has its reference
			Map<String, String> references = open.isEmpty() ? Map.of() : engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
				.list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
			for (Task task : open) {
				Proposal proposal = byReference.get(references.get(task.getProcessInstanceId()));
				// the four-eyes rule keeps the author and the advisory team from what is offered to their groups
				boolean barredFromGroupSteps = reader.equals(proposal.getAuthor())
						|| proposal.advisoryTeamMembers().contains(reader);
				steps.get(proposal.getReference())
					.add(step(task, reader, barredFromGroupSteps ? List.of() : readerGroups));
			}
			return steps;
		});
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
