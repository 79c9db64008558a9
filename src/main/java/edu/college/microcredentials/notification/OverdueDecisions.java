package edu.college.microcredentials.notification;

import static edu.college.microcredentials.process.ProcessVariables.ESCALATED_AT;
import static edu.college.microcredentials.process.ProcessVariables.REMINDED_AT;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds the people a decision step is offered to once its follow-up date has passed, and escalates it, with how
 * late it is, once its due date has passed: each once per step, marked on the task. The dates come from the
 * deadlines table ({@code process/DecisionDeadlines}); a step whose diagram draws its own reminder and escalation
 * timers (the assessment) is left to them. Runs every {@code approval.deadlines.check-every} on the engine's clock.
 */
@Component
class OverdueDecisions {

	private final ProcessEngine engine;

	private final NotificationService notifications;

	private final String escalateTo;

	OverdueDecisions(ProcessEngine engine, NotificationService notifications,
			@Value("${approval.deadlines.escalate-to}") String escalateTo) {
		this.engine = engine;
		this.notifications = notifications;
		this.escalateTo = escalateTo;
	}

	@Scheduled(fixedDelayString = "${approval.deadlines.check-every}", initialDelayString = "${approval.deadlines.check-every}")
	// on one node at a time (process/ScheduledOnOneNode): two would both find a step unmarked and both remind
	@SchedulerLock(name = "overdueDecisions", lockAtMostFor = "PT5M")
	public void remindAndEscalate() {
		Date now = ClockUtil.getCurrentTime();
		for (Task task : engine.getTaskService().createTaskQuery().followUpBefore(now).active().list()) {
			if (hasTimersOfItsOwn(task) || isMarked(task, REMINDED_AT)) {
				continue;
			}
			notifications.notify(reference(task), people(task), Message.of(MessageKind.REMINDER,
					"[" + reference(task) + "] Reminder: \u201c" + step(task) + "\u201d is due on " + day(task.getDueDate()),
					"\u201c" + step(task) + "\u201d of " + reference(task) + " is waiting for a decision; it is due on "
							+ day(task.getDueDate()) + ".")
				.atStage(step(task)).aboutTask(task.getId(), task.getDueDate().toInstant()));
			engine.getTaskService().setVariableLocal(task.getId(), REMINDED_AT, now);
		}
		for (Task task : engine.getTaskService().createTaskQuery().dueBefore(now).active().list()) {
			if (hasTimersOfItsOwn(task) || isMarked(task, ESCALATED_AT)) {
				continue;
			}
			Set<String> recipients = new LinkedHashSet<>(people(task));
			recipients.add("group:" + escalateTo);
			String late = lateness(task.getDueDate(), now);
			notifications.notify(reference(task), recipients, Message.of(MessageKind.ESCALATION,
					"[" + reference(task) + "] Overdue by " + late + ": \u201c" + step(task) + "\u201d",
					"\u201c" + step(task) + "\u201d of " + reference(task) + " was due on " + day(task.getDueDate())
							+ " and is overdue by " + late + ".")
				.atStage(step(task)).aboutTask(task.getId(), task.getDueDate().toInstant()));
			engine.getTaskService().setVariableLocal(task.getId(), ESCALATED_AT, now);
		}
	}

	private String step(Task task) {
		return StepName.of(engine.getRepositoryService(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
				task.getName());
	}

	private boolean hasTimersOfItsOwn(Task task) {
		return engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
			.getModelElementsByType(BoundaryEvent.class).stream()
			.filter(boundary -> boundary.getAttachedTo().getId().equals(task.getTaskDefinitionKey()))
			.anyMatch(boundary -> boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
	}

	private boolean isMarked(Task task, String marker) {
		return engine.getTaskService().getVariableLocal(task.getId(), marker) != null;
	}

	private String reference(Task task) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
			.singleResult().getBusinessKey();
	}

	/** The people the step is offered or assigned to. */
	private List<String> people(Task task) {
		Set<String> people = new LinkedHashSet<>();
		if (task.getAssignee() != null) {
			people.add("user:" + task.getAssignee());
		}
		for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getGroupId() != null) {
				people.add("group:" + link.getGroupId());
			}
			else if (link.getUserId() != null) {
				people.add("user:" + link.getUserId());
			}
		}
		return List.copyOf(people);
	}

	private static String day(Date date) {
		return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString();
	}

	/** "3 days", "1 day", or hours when under a day. */
	static String lateness(Date due, Date now) {
		Duration late = Duration.between(due.toInstant(), now.toInstant());
		long days = late.toDays();
		if (days >= 1) {
			return days + (days == 1 ? " day" : " days");
		}
		long hours = Math.max(1, late.toHours());
		return hours + (hours == 1 ? " hour" : " hours");
	}

}
