package edu.college.microcredentials.process;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A proposal's steps as people take them in Tasklist: signed in as themselves, through the same forms, with their
 * authorizations applied. The one driver behind the demo proposals, the process tests and the browser tests'
 * preparation.
 */
public class ProposalJourney {

	private final RepositoryService repository;

	private final FormService forms;

	private final TaskService tasks;

	private final IdentityService identity;

	public ProposalJourney(RepositoryService repository, FormService forms, TaskService tasks, IdentityService identity) {
		this.repository = repository;
		this.forms = forms;
		this.tasks = tasks;
		this.identity = identity;
	}

	public static ProposalJourney of(ProcessEngine engine) {
		return new ProposalJourney(engine.getRepositoryService(), engine.getFormService(), engine.getTaskService(),
				engine.getIdentityService());
	}

	/** The author submits a concept on the start form of the development process's latest version. */
	public ProcessInstance submit(String author, Map<String, Object> concept) {
		return start(author, ProcessKeys.DEVELOPMENT, concept);
	}

	/** The user submits the start form of the named process's latest version. */
	public ProcessInstance start(String user, String processKey, Map<String, Object> form) {
		String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
			.latestVersion().singleResult().getId();
		return as(user, () -> forms.submitStartForm(definitionId, form));
	}

	/** The user completes the proposal's open step with the given form values. */
	public void complete(String reference, String taskKey, String user, Map<String, Object> form) {
		Task task = openTasks(reference).stream().filter(open -> open.getTaskDefinitionKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(reference + " is not waiting at " + taskKey + " but at "
					+ openTasks(reference).stream().map(Task::getTaskDefinitionKey).toList()));
		as(user, () -> {
			forms.submitTaskForm(task.getId(), form);
			return null;
		});
	}

	/** The proposal's one open step. */
	public Task openTask(String reference) {
		List<Task> open = openTasks(reference);
		if (open.size() != 1) {
			throw new IllegalStateException(reference + " has " + open.size() + " open steps, not one");
		}
		return open.get(0);
	}

	/** The open steps of every process the proposal is in (development, withdrawal, periodic review). */
	public List<Task> openTasks(String reference) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc().list();
	}

	/** Acts as the signed-in person, with their groups, as Tasklist and the REST API do after sign-in. */
	public <T> T as(String user, Supplier<T> action) {
		identity.setAuthentication(user,
				identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
