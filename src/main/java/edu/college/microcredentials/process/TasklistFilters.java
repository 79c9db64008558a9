package edu.college.microcredentials.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role works from, created once: the person's own tasks, their groups' open tasks and
 * the tasks offered to them by name (advisory team members), soonest due first, each card showing the proposal's
 * reference. Administrators may change them in Tasklist afterwards.
 */
@Component
class TasklistFilters {

	static final String MY_TASKS = "My tasks";

	static final String MY_GROUPS_TASKS = "My group's tasks";

	static final String OFFERED_TO_ME = "Tasks offered to me";

	private final FilterService filterService;

	private final TaskService taskService;

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	public void createMissingFilters() {
		createIfMissing(MY_TASKS, -10, "Tasks assigned to you",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		createIfMissing(MY_GROUPS_TASKS, -5, "Open tasks of your groups, soonest due first",
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
					.orderByDueDate().asc());
		createIfMissing(OFFERED_TO_ME, 0, "Tasks offered to you by name, e.g. as an advisory team member",
				taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").orderByDueDate().asc());
	}

	private void createIfMissing(String name, int priority, String description, TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of("description",
				description, "priority", priority, "refresh", true, "color", "#14532d", "variables",
				List.of(Map.of("name", ProcessVariables.PROPOSAL_REFERENCE, "label", "Proposal"))));
		filterService.saveFilter(filter);
	}

}
