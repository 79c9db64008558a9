package edu.college.microcredentials.process;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * A step's name as drawn in its diagram ("Assess concept"). A task's own name says more: it also carries the
 * proposal's reference and title, so that Tasklist's cards tell proposals apart and its search (by task name) finds
 * them ({@code review/ShowProposal}). Stages on the record, refusals and mail name the step by this name.
 */
public final class StepName {

	/** At most this long: the engine keeps a task's name in 255 characters. */
	static final int TASK_NAME_LENGTH = 255;

	private StepName() {
	}

	public static String of(DelegateTask task) {
		FlowElement drawn = task.getBpmnModelElementInstance();
		return drawn != null && drawn.getName() != null ? drawn.getName() : task.getName();
	}

	/** For a task read from a query or from history, by its diagram and its id in there. */
	public static String of(RepositoryService repository, String processDefinitionId, String taskDefinitionKey,
			String taskName) {
		FlowElement drawn = processDefinitionId == null ? null
				: repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
		return drawn != null && drawn.getName() != null ? drawn.getName() : taskName;
	}

	/** What a task card shows: the step, then the proposal's reference and title, e.g. "Assess concept · MC-… · …". */
	public static String onTaskCard(String step, String reference, String title) {
		String name = step + " \u00b7 " + reference + " \u00b7 " + title;
		return name.length() <= TASK_NAME_LENGTH ? name : name.substring(0, TASK_NAME_LENGTH - 1) + "\u2026";
	}

}
