package edu.college.microcredentials.tasklist;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * What a browser test does not click through itself: bringing a proposal to the step under test (as earlier steps'
 * users would, through the same forms) and checking where it is afterwards.
 */
class BehindTheScenes {

	private final ProposalJourney journey;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ProposalService proposals;

	BehindTheScenes(ProcessEngine engine, ProposalService proposals) {
		this.journey = ProposalJourney.of(engine);
		this.runtimeService = engine.getRuntimeService();
		this.taskService = engine.getTaskService();
		this.proposals = proposals;
	}

	/** Submits a concept's start form as the user would, bypassing the browser; returns the reference. */
	String submit(String user, Map<String, Object> concept) {
		return journey.submit(user, concept).getBusinessKey();
	}

	/** Completes the proposal's open task with the given form values, as the user. */
	void complete(String reference, String taskKey, String user, Map<String, Object> form) {
		journey.complete(reference, taskKey, user, form);
	}

	/** The proposal's one open user task, if any. */
	Optional<Task> task(String reference) {
		return Optional.ofNullable(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult());
	}

	Task waitingTask(String reference, String taskKey) {
		return task(reference).filter(open -> open.getTaskDefinitionKey().equals(taskKey))
			.orElseThrow(() -> new AssertionError(reference + " is not waiting at " + taskKey + " but at "
					+ task(reference).map(Task::getTaskDefinitionKey).orElse("no task")));
	}

	Map<String, Object> taskVariables(String taskId) {
		return taskService.getVariables(taskId);
	}

	Proposal proposal(String reference) {
		return proposals.find(reference);
	}

	/** The newest running proposal of an author with the given title, as the author typed it. */
	Optional<ProcessInstance> proposalTitled(String author, String title) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.variableValueEquals("author", author).list().stream()
			.filter(instance -> title.equals(proposals.find(instance.getBusinessKey()).currentConcept().getTitle()))
			.findFirst();
	}

	boolean isRunning(String reference) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.processInstanceBusinessKey(reference).count() > 0;
	}

}
