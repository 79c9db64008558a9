package edu.college.microcredentials.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.DeployedForms;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.process.StepName;

/**
 * What a signed-in member of staff may ask of the engine, checked at its front door: every command from the REST
 * API, the webapps (Tasklist, Cockpit) and Java alike, before it runs, for everyone but process administrators.
 * <ul>
 * <li>A start form or task completion carries only the fields of the step's deployed form, each a value the form
 * could have produced ({@link SubmittableForm}); a process is started only through its start form.</li>
 * <li>Process and task variables are changed only by the forms, never through the variables endpoints.</li>
 * <li>Jobs, batches, incidents and history cleanup are the administrators' (the engine checks no permission for
 * jobs outside a process, such as history cleanup).</li>
 * <li>Comments and attachments are for the people a task is offered or assigned to.</li>
 * <li>Tasks arise from the steps of a proposal: nobody creates one of their own (Tasklist's "Create task").</li>
 * </ul>
 * Only the outermost command is checked: the commands a step issues on its own behalf are the application's. Every
 * command's failure is handed to {@link RefusalResponses}, which answers it with a status and a plain message.
 */
@Component
class StaffCommandGuard extends AbstractProcessEnginePlugin {

	private static final Pattern ADMINISTRATION = Pattern.compile(
			"(Set|Delete|Execute|Suspend|Activate|Create|Resolve|Clear|Unlock|Handle|Complete|Extend|Fetch|Update|Remove)"
					+ ".*(Job|Batch|Incident|ExternalTask).*|HistoryCleanup.*|.*HistoryTimeToLive.*");

	private static final Pattern STARTING = Pattern.compile(
			"StartProcessInstance.*|Correlate.*|.*MessageEventReceived.*|SignalEventReceived.*|.*Signal.*Cmd");

	private static final Pattern COMMENTS_CHANGED = Pattern.compile(
			"(Delete|Update|Save).*(Comment|Attachment).*Cmd|DeleteProcessInstanceCommentCmd");

	/** Set while the outermost command of this thread runs: the commands inside it are the application's. */
	private final ThreadLocal<Boolean> insideCommand = ThreadLocal.withInitial(() -> false);

	private final DeployedForms forms;

	private ProcessEngineConfigurationImpl engine;

	StaffCommandGuard(DeployedForms forms) {
		this.forms = forms;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.engine = configuration;
		if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {

			@Override
			public <T> T execute(Command<T> command) {
				if (insideCommand.get()) {
					return next.execute(command);
				}
				insideCommand.set(true);
				try {
					checkAsked(command);
					return next.execute(command);
				}
				catch (RuntimeException failure) {
					Authentication caller = engine.getIdentityService().getCurrentAuthentication();
					RefusalResponses.record(failure, fieldIfAny(command, "taskId"), StaffCommandGuard.this::completedTask,
							caller != null && isAdministrator(caller));
					throw failure;
				}
				finally {
					insideCommand.remove();
				}
			}

		});
	}

	private void checkAsked(Command<?> command) {
		Authentication caller = engine.getIdentityService().getCurrentAuthentication();
		if (caller == null || isAdministrator(caller)) {
			return;
		}
		String name = command.getClass().getSimpleName();
		if (command instanceof SubmitStartFormCmd) {
			String definitionId = field(command, "processDefinitionId");
			Map<String, Object> sent = field(command, "variables");
			asApplication(context -> {
				ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(definitionId);
				check(forms.startFormOf(definition).map(SubmittableForm::read).orElseGet(SubmittableForm::none), sent,
						definition.getName());
				return null;
			});
		}
		else if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
			String taskId = field(command, "taskId");
			Map<String, Object> sent = field(command,
					command instanceof SubmitTaskFormCmd ? "properties" : "variables");
			asApplication(context -> Optional.ofNullable(context.getTaskManager().findTaskById(taskId))
				.map(task -> {
					SubmittableForm form = forms.of(task).map(deployed -> SubmittableForm.read(deployed, task::getVariable))
						.orElseGet(SubmittableForm::none);
					check(form, sent, StepName.of(engine.getRepositoryService(), task.getProcessDefinitionId(),
							task.getTaskDefinitionKey(), task.getName()));
					return task;
				}));
		}
		else if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
				|| name.contains("Variables")) {
			if (!name.startsWith("Get") && !name.contains("Query")) {
				throw Refusal.notAllowed(caller.getUserId() + " may not change a proposal's process variables: they "
						+ "change only through the form of a task. Process administrators can change them in Cockpit.");
			}
		}
		else if (command instanceof CreateTaskCmd) {
			throw Refusal.notAllowed(caller.getUserId() + " may not create a task: tasks arise from the steps of a "
					+ "proposal.");
		}
		else if (ADMINISTRATION.matcher(name).matches()) {
			throw Refusal.notAllowed(caller.getUserId() + " may not change jobs, batches, incidents or history "
					+ "cleanup: that is for process administrators.");
		}
		else if (STARTING.matcher(name).matches()) {
			throw Refusal.notAllowed(caller.getUserId() + " may start a process only with its form in Tasklist.");
		}
		else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
			String taskId = field(command, "taskId");
			if (taskId == null || !actsOn(taskId, caller)) {
				throw Refusal.notAllowed(caller.getUserId() + " may comment on or attach to a task only when it is "
						+ "offered or assigned to them.");
			}
		}
		else if (COMMENTS_CHANGED.matcher(name).matches()) {
			throw Refusal.notAllowed(caller.getUserId() + " may not change or delete comments and attachments: "
					+ "they are part of the record.");
		}
	}

	private static void check(SubmittableForm form, Map<String, Object> sent, String step) {
		VariableMap variables = Variables.fromMap(sent == null ? Map.of() : sent);
		form.problemWith(variables, step).ifPresent(problem -> {
			throw Refusal.badInput(problem);
		});
	}

	private boolean actsOn(String taskId, Authentication caller) {
		return asApplication(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return false;
			}
			if (caller.getUserId().equals(task.getAssignee())) {
				return true;
			}
			List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
			for (IdentityLinkEntity link : task.getIdentityLinks()) {
				if (link.isUser() ? caller.getUserId().equals(link.getUserId()) : groups.contains(link.getGroupId())) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * The task a failed command asked for, if it was completed meanwhile: its name, when, and who completed it (the
	 * operation log knows even when nobody had claimed it).
	 */
	private Optional<RefusalResponses.CompletedTask> completedTask(String taskId) {
		return asApplication(context -> Optional
			.ofNullable(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished()
				.singleResult())
			.map(done -> new RefusalResponses.CompletedTask(StepName.of(engine.getRepositoryService(),
					done.getProcessDefinitionId(), done.getTaskDefinitionKey(), done.getName()),
					engine.getHistoryService().createUserOperationLogQuery().taskId(taskId)
						.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
						.map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
						.orElse(done.getAssignee() == null ? "a colleague" : done.getAssignee()),
					done.getEndTime())));
	}

	private boolean isAdministrator(Authentication caller) {
		List<String> adminGroups = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
		List<String> adminUsers = engine.getAdminUsers() == null ? List.of() : engine.getAdminUsers();
		return adminUsers.contains(caller.getUserId())
				|| (caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(adminGroups::contains));
	}

	/** Reads what the check needs with the application's rights, not the caller's. */
	private <T> T asApplication(Function<CommandContext, T> read) {
		return engine.getCommandExecutorTxRequired().execute(context -> {
			context.disableAuthorizationCheck();
			return read.apply(context);
		});
	}

	private static <T> T field(Object command, String name) {
		return StaffCommandGuard.<T>fieldIfAny(command, name).orElse(null);
	}

	/** The engine's commands keep what was asked in protected fields; they have no getters. */
	@SuppressWarnings("unchecked")
	private static <T> Optional<T> fieldIfAny(Object command, String name) {
		for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return Optional.ofNullable((T) field.get(command));
			}
			catch (NoSuchFieldException ex) {
				// declared further up, or not at all
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return Optional.empty();
	}

}
