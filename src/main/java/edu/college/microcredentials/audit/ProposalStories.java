package edu.college.microcredentials.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import edu.college.microcredentials.audit.ProposalStory.DecisionMade;
import edu.college.microcredentials.audit.ProposalStory.Event;
import edu.college.microcredentials.audit.ProposalStory.EventKind;
import edu.college.microcredentials.audit.ProposalStory.Incident;
import edu.college.microcredentials.audit.ProposalStory.Intervention;
import edu.college.microcredentials.audit.ProposalStory.LifecycleStep;
import edu.college.microcredentials.audit.ProposalStory.ProcessRun;
import edu.college.microcredentials.audit.ProposalStory.RevisionMade;
import edu.college.microcredentials.audit.ProposalStory.Step;
import edu.college.microcredentials.document.DocumentListing;
import edu.college.microcredentials.document.ProposalDocuments;
import edu.college.microcredentials.notification.NotificationService;
import edu.college.microcredentials.notification.WrittenNotification;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.FieldChange;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.Transition;
import edu.college.microcredentials.retention.RecordRetention;
import edu.college.microcredentials.retention.RemovedRecord;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * Reads a proposal's story and the decisions of a period for auditors and process administrators only; the engine's
 * history is read as the application, after that check, because a process administrator's own grants need not cover
 * every history table.
 */
@Service
public class ProposalStories {

	private static final Set<String> AUDITING_GROUPS = Set.of(Role.AUDITORS.groupId(),
			Role.PROCESS_ADMINISTRATORS.groupId());

	/** What a process administrator may do to an instance outside the forms; staff only claim and complete tasks. */
	private static final Set<String> INTERVENTIONS = Set.of(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
			UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES, UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
			UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, UserOperationLogEntry.OPERATION_TYPE_MIGRATE,
			UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES,
			UserOperationLogEntry.OPERATION_TYPE_SET_EXTERNAL_TASK_RETRIES, UserOperationLogEntry.OPERATION_TYPE_DELETE,
			UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, UserOperationLogEntry.OPERATION_TYPE_SUSPEND,
			UserOperationLogEntry.OPERATION_TYPE_ACTIVATE);

	private static final Set<String> TAKING_A_TASK = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
			UserOperationLogEntry.OPERATION_TYPE_ASSIGN);

	/** Told by the steps, decisions and revisions already; the story lists the other transitions as status changes. */
	private static final Set<Transition> TOLD_ELSEWHERE = Set.of(Transition.STEP_REACHED, Transition.DECIDED,
			Transition.REVISED);

	private final ProposalService proposals;

	private final ProposalDocuments documents;

	private final NotificationService notifications;

	private final ProcessEngine engine;

	private final IdentityService identityService;

	private final RecordRetention retention;

	ProposalStories(ProposalService proposals, ProposalDocuments documents, NotificationService notifications,
			ProcessEngine engine, IdentityService identityService, RecordRetention retention) {
		this.retention = retention;
		this.proposals = proposals;
		this.documents = documents;
		this.notifications = notifications;
		this.engine = engine;
		this.identityService = identityService;
	}

	public ProposalStory of(String reference) {
		callerAudits();
		Proposal proposal = proposals.find(reference);
		EngineHistory history = WithoutAuthorization.read(engine, () -> EngineHistory.of(engine.getHistoryService(), reference));
		Instant now = ClockUtil.getCurrentTime().toInstant();

		List<ProcessRun> runs = history.instances().stream()
			.map(instance -> new ProcessRun(instance.getId(), instance.getProcessDefinitionKey(),
					instance.getProcessDefinitionVersion(), instant(instance.getStartTime()), instance.getStartUserId(),
					instant(instance.getEndTime()), instance.getState(), instance.getDeleteReason()))
			.toList();
		List<Step> steps = history.steps(now);
		List<DecisionMade> decisions = proposal.getDecisions().stream()
			.map(decision -> new DecisionMade(decision.getStage(), decision.getStageName(), decision.getOutcome(),
					decision.getReason(), decision.getDecidedBy(), decision.getDecidedAt(), decision.getRevision()))
			.toList();
		List<RevisionMade> revisions = revisions(proposal.getRevisions());
		List<DocumentListing> documentsAdded = documents.listFor(reference);
		List<WrittenNotification> written = notifications.writtenAbout(reference);
		List<LifecycleStep> lifecycle = proposal.getLifecycle().stream()
			.map(entry -> new LifecycleStep(entry.getTransition().name(), entry.getFromStatus(), entry.getToStatus(),
					entry.getStage(), entry.getActor(), entry.getHappenedAt(), entry.getReason()))
			.toList();
		List<Intervention> interventions = history.operations().stream()
			.filter(entry -> INTERVENTIONS.contains(entry.getOperationType()))
			.map(entry -> new Intervention(entry.getOperationType(), entry.getEntityType(), entry.getProperty(),
					entry.getOrgValue(), entry.getNewValue(), entry.getUserId(), instant(entry.getTimestamp()),
					entry.getAnnotation()))
			.toList();
		List<Incident> incidents = history.incidents().stream()
			.map(incident -> new Incident(incident.getIncidentType(), incident.getActivityId(),
					incident.getIncidentMessage(), instant(incident.getCreateTime()), instant(incident.getEndTime()),
					incident.isOpen() ? "open" : incident.isResolved() ? "resolved" : "deleted"))
			.toList();

		return new ProposalStory(reference, proposal.currentConcept().getTitle(), proposal.getAuthor(),
				proposal.getStatus(), proposal.getStage(), runs, steps, decisions, revisions, documentsAdded, written,
				lifecycle, interventions, incidents, events(history, runs, steps, decisions, revisions, documentsAdded,
						written, lifecycle, interventions, incidents));
	}

	private static List<Event> events(EngineHistory history, List<ProcessRun> runs, List<Step> steps,
			List<DecisionMade> decisions, List<RevisionMade> revisions, List<DocumentListing> documentsAdded,
			List<WrittenNotification> written, List<LifecycleStep> lifecycle, List<Intervention> interventions,
			List<Incident> incidents) {
		List<Event> events = new ArrayList<>();
		runs.forEach(run -> {
			String diagram = run.processDefinitionKey() + " version " + run.version();
			events.add(new Event(run.startedAt(), EventKind.PROCESS_STARTED, null, run.startedBy(), null, null, null,
					diagram));
			if (run.endedAt() != null) {
				events.add(new Event(run.endedAt(), EventKind.PROCESS_ENDED, null, null, run.state(),
						run.deleteReason(), null, diagram));
			}
		});
		steps.forEach(step -> {
			events.add(new Event(step.enteredAt(), EventKind.STEP_ENTERED, step.step(), null, null, null, null,
					step.name() + (step.dueAt() == null ? "" : ", due " + step.dueAt())));
			history.claims(step.taskId()).forEach(claim -> events.add(new Event(instant(claim.getTimestamp()),
					EventKind.STEP_CLAIMED, step.step(), claim.getNewValue(), null, null, null,
					claim.getOperationType() + " by " + claim.getUserId())));
			if (step.leftAt() != null) {
				boolean completed = "completed".equals(step.endedBecause());
				events.add(new Event(step.leftAt(), completed ? EventKind.STEP_COMPLETED : EventKind.STEP_CANCELLED,
						step.step(), step.completedBy(), null, null, null,
						"after " + step.duration() + (step.overdue() ? ", past its due date" : "")));
			}
		});
		decisions.forEach(decision -> events.add(new Event(decision.decidedAt(), EventKind.DECISION, decision.stage(),
				decision.decidedBy(), decision.outcome(), decision.reason(), decision.revision(), decision.stageName())));
		revisions.forEach(revision -> events.add(new Event(revision.submittedAt(), EventKind.REVISION_SUBMITTED, null,
				revision.submittedBy(), null, null, revision.revision(),
				revision.changes().stream().map(FieldChange::label).collect(Collectors.joining(", ")))));
		lifecycle.stream().filter(entry -> !TOLD_ELSEWHERE.contains(Transition.valueOf(entry.transition())))
			.forEach(entry -> events.add(new Event(entry.happenedAt(), EventKind.STATUS_CHANGED, entry.stage(),
					entry.actor(), entry.transition(), entry.reason(), null,
					entry.fromStatus() + " to " + entry.toStatus())));
		documentsAdded.forEach(document -> events.add(new Event(document.addedAt(), EventKind.DOCUMENT_ADDED, null,
				document.addedBy(), null, null, null, document.fileName())));
		written.forEach(notification -> events.add(new Event(notification.writtenAt(), EventKind.NOTIFICATION_WRITTEN,
				notification.stage(), notification.recipients().stream()
					.map(recipient -> recipient.userId() + (recipient.status() == null ? "" : " (" + recipient.status() + ")"))
					.collect(Collectors.joining("; ")),
				notification.kind().name(), null, null, notification.subject())));
		interventions.forEach(intervention -> events.add(new Event(intervention.at(), EventKind.INTERVENTION, null,
				intervention.by(), intervention.operation(), intervention.annotation(), null,
				intervention.entityType() + " " + Optional.ofNullable(intervention.property()).orElse("") + ": "
						+ intervention.fromValue() + " to " + intervention.toValue())));
		incidents.forEach(incident -> events.add(new Event(incident.createdAt(), EventKind.INCIDENT,
				incident.activityId(), null, incident.state(), incident.message(), null, incident.type())));
		events.sort(Event.IN_TIME_ORDER);
		return events;
	}

	/** Every decision made from {@code from} (inclusive) to {@code to} (exclusive), in the order they were made. */
	public List<DecisionRow> decisionsBetween(Instant from, Instant to) {
		callerAudits();
		return proposals.decidedBetween(from, to).stream()
			.flatMap(proposal -> proposal.getDecisions().stream()
				.filter(decision -> !decision.getDecidedAt().isBefore(from) && decision.getDecidedAt().isBefore(to))
				.map(decision -> new DecisionRow(proposal.getReference(), proposal.currentConcept().getTitle(),
						decision.getStage(), decision.getStageName(), decision.getOutcome(), decision.getReason(),
						decision.getDecidedBy(), decision.getDecidedAt(), decision.getRevision())))
			.sorted(Comparator.comparing(DecisionRow::decidedAt).thenComparing(DecisionRow::reference))
			.toList();
	}

	/** What was removed at the end of the retention period, the oldest first. */
	public List<RemovedRecord> removedRecords() {
		callerAudits();
		return retention.removedRecords();
	}

	/** Refused before anything is read, so someone else learns nothing, not even whether a proposal exists. */
	private void callerAudits() {
		Authentication caller = identityService.getCurrentAuthentication();
		Collection<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
		if (groups.stream().noneMatch(AUDITING_GROUPS::contains)) {
			throw Refusal.notAllowed("Only auditors and process administrators read the audit story and its exports.");
		}
	}

	private static List<RevisionMade> revisions(List<Concept> concepts) {
		List<RevisionMade> revisions = new ArrayList<>();
		Concept earlier = null;
		for (Concept concept : concepts) {
			revisions.add(new RevisionMade(concept.getRevision(), concept.getSubmittedBy(), concept.getSubmittedAt(),
					concept.isRevisedByAdvisoryTeam(), concept.problems(),
					earlier == null ? List.of() : concept.changesFrom(earlier)));
			earlier = concept;
		}
		return revisions;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	/** What the engine's history holds for every process instance with the proposal's reference as business key. */
	private record EngineHistory(List<HistoricProcessInstance> instances, List<HistoricActivityInstance> userTasks,
			Map<String, HistoricTaskInstance> tasks, List<UserOperationLogEntry> operations,
			List<HistoricIncident> incidents) {

		static EngineHistory of(HistoryService history, String reference) {
			List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().asc().list();
			List<HistoricActivityInstance> userTasks = new ArrayList<>();
			Map<String, HistoricTaskInstance> tasks = new HashMap<>();
			List<UserOperationLogEntry> operations = new ArrayList<>();
			List<HistoricIncident> incidents = new ArrayList<>();
			for (HistoricProcessInstance instance : instances) {
				userTasks.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
					.activityType("userTask").orderByHistoricActivityInstanceStartTime().asc()
					.orderPartiallyByOccurrence().asc().list());
				history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
					.forEach(task -> tasks.put(task.getId(), task));
				operations.addAll(history.createUserOperationLogQuery().processInstanceId(instance.getId())
					.orderByTimestamp().asc().list());
				incidents.addAll(history.createHistoricIncidentQuery().processInstanceId(instance.getId())
					.orderByCreateTime().asc().list());
			}
			return new EngineHistory(instances, userTasks, tasks, operations, incidents);
		}

		List<Step> steps(Instant now) {
			Map<String, String> definitionKeys = instances.stream()
				.collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getProcessDefinitionKey));
			return userTasks.stream().map(activity -> {
				HistoricTaskInstance task = tasks.get(activity.getTaskId());
				Instant entered = instant(activity.getStartTime());
				Instant left = instant(activity.getEndTime());
				Instant due = task == null ? null : instant(task.getDueDate());
				boolean overdue = due != null && (left == null ? now : left).isAfter(due);
				String claimedBy = claims(activity.getTaskId()).stream().reduce((first, last) -> last)
					.map(UserOperationLogEntry::getNewValue).orElse(null);
				String endedBecause = task == null ? null : task.getDeleteReason();
				// the log names whoever completed it; a completion without a signed-in user leaves only the assignee
				String completedBy = operations.stream()
					.filter(entry -> activity.getTaskId().equals(entry.getTaskId())
							&& UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
					.map(UserOperationLogEntry::getUserId).findFirst()
					.orElse("completed".equals(endedBecause) ? activity.getAssignee() : null);
				return new Step(definitionKeys.get(activity.getProcessInstanceId()), activity.getActivityId(),
						activity.getActivityName(), activity.getTaskId(), entered, left,
						Duration.between(entered, left == null ? now : left), due, overdue, claimedBy, completedBy,
						endedBecause);
			}).toList();
		}

		/** Who took the task, each time: claimed by someone, or assigned to someone (by whoever is named). */
		List<UserOperationLogEntry> claims(String taskId) {
			return operations.stream()
				.filter(entry -> taskId.equals(entry.getTaskId()) && TAKING_A_TASK.contains(entry.getOperationType())
						&& "assignee".equals(entry.getProperty()) && entry.getNewValue() != null)
				.toList();
		}

	}

	/** One decision of the export across proposals. */
	public record DecisionRow(String reference, String title, String stage, String stageName, String outcome,
			String reason, String decidedBy, Instant decidedAt, int revision) {
	}

}
