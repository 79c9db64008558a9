package edu.college.microcredentials.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * The path one proposal took through its development diagram, for the auditors' view on its page: the diagram as it
 * was deployed for that proposal, every step it ran with when, how long, who and against which due date, and the
 * sequence flows it took.
 * <p>
 * Camunda 7's history records activities, not sequence flows, so the flows are <em>inferred</em>: a flow counts as
 * taken when its source ran and its target started at or after the source ended. A loop taken once marks its flows
 * like any other.
 */
@Component
class AuditView {

	/** Who may see the audit view: auditors and process administrators. */
	static final List<String> AUDITING = List.of(Role.AUDITORS.groupId(), Role.PROCESS_ADMINISTRATORS.groupId());

	private final ProcessEngine engine;

	AuditView(ProcessEngine engine) {
		this.engine = engine;
	}

	static boolean mayAudit(Collection<String> groupIds) {
		return groupIds.stream().anyMatch(AUDITING::contains);
	}

	/** One step the proposal ran through; {@code by}: who was assigned it, or else who completed it. */
	record Step(String activityId, String name, String type, Instant started, Instant ended, Long millis,
			String by, Instant due, boolean late) {

		public String took() {
			return duration(millis);
		}

	}

	record Path(String processDefinitionId, String processDefinitionKey, int version, List<Step> steps,
			List<String> flowsTaken) {
	}

	Optional<Path> of(String reference) {
		return WithoutAuthorization.read(engine, () -> development(reference).map(this::path));
	}

	/** The diagram as deployed for the proposal, BPMN XML. */
	Optional<String> diagram(String reference) {
		return WithoutAuthorization.read(engine, () -> development(reference).map(instance -> {
			try (InputStream xml = engine.getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
				return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}));
	}

	private Optional<HistoricProcessInstance> development(String reference) {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
			.processDefinitionKey(ProcessKeys.DEVELOPMENT).orderByProcessInstanceStartTime().asc().list().stream()
			.findFirst();
	}

	private Path path(HistoricProcessInstance instance) {
		List<HistoricActivityInstance> ran = engine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
			.orderPartiallyByOccurrence().asc().list();
		Map<String, HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId()).list().stream()
			.collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
		// who completed a task nobody claimed: only the user operation log knows
		Map<String, String> completedBy = engine.getHistoryService().createUserOperationLogQuery()
			.processInstanceId(instance.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
			.stream().filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
			.collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
					(first, again) -> first));
		List<Step> steps = ran.stream()
			.map(activity -> step(activity, tasks.get(activity.getTaskId()), completedBy.get(activity.getTaskId())))
			.toList();
		return new Path(instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
				instance.getProcessDefinitionVersion(), steps, flowsTaken(instance.getProcessDefinitionId(), ran));
	}

	private static Step step(HistoricActivityInstance activity, HistoricTaskInstance task, String completedBy) {
		Instant started = instant(activity.getStartTime());
		Instant ended = instant(activity.getEndTime());
		Instant due = task == null ? null : instant(task.getDueDate());
		boolean late = due != null && (ended == null ? Instant.now().isAfter(due) : ended.isAfter(due));
		return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(), started,
				ended, activity.getDurationInMillis(),
				activity.getAssignee() != null ? activity.getAssignee() : completedBy, due, late);
	}

	private List<String> flowsTaken(String processDefinitionId, List<HistoricActivityInstance> ran) {
		Map<String, List<HistoricActivityInstance>> byActivity = ran.stream()
			.collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId));
		return engine.getRepositoryService().getBpmnModelInstance(processDefinitionId)
			.getModelElementsByType(SequenceFlow.class).stream()
			.filter(flow -> taken(byActivity.getOrDefault(flow.getSource().getId(), List.of()),
					byActivity.getOrDefault(flow.getTarget().getId(), List.of())))
			.map(SequenceFlow::getId).sorted().toList();
	}

	private static boolean taken(List<HistoricActivityInstance> sources, List<HistoricActivityInstance> targets) {
		return sources.stream().filter(source -> source.getEndTime() != null)
			.anyMatch(source -> targets.stream().anyMatch(target -> !target.getStartTime().before(source.getEndTime())));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	/** "3 d 4 h", "2 h 5 min", "40 s": how long a step took, as the diagram's labels show it. */
	static String duration(Long millis) {
		if (millis == null) {
			return null;
		}
		Duration took = Duration.ofMillis(millis);
		if (took.toDays() > 0) {
			return took.toDays() + " d " + took.toHoursPart() + " h";
		}
		if (took.toHours() > 0) {
			return took.toHours() + " h " + took.toMinutesPart() + " min";
		}
		return took.toMinutes() > 0 ? took.toMinutes() + " min" : took.toSeconds() + " s";
	}

}
