package edu.college.microcredentials.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import edu.college.microcredentials.document.DocumentListing;
import edu.college.microcredentials.notification.WrittenNotification;
import edu.college.microcredentials.proposal.FieldChange;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * Everything that happened to one proposal, read from the engine's history and the record: the process runs and
 * their diagram versions, each step with its people and its due date, the decisions, the revisions with what changed,
 * documents, notifications, lifecycle transitions, administrators' interventions and incidents, and all of it as one
 * list of {@link Event}s in time order (what the CSV export writes).
 */
public record ProposalStory(String reference, String title, String author, ProposalStatus status, String stage,
		List<ProcessRun> processes, List<Step> steps, List<DecisionMade> decisions, List<RevisionMade> revisions,
		List<DocumentListing> documents, List<WrittenNotification> notifications, List<LifecycleStep> lifecycle,
		List<Intervention> interventions, List<Incident> incidents, List<Event> events) {

	/** One process instance with this proposal's business key and the diagram version it ran on. */
	public record ProcessRun(String processInstanceId, String processDefinitionKey, int version, Instant startedAt,
			String startedBy, Instant endedAt, String state, String deleteReason) {
	}

	/**
	 * One user task: entered and left, its due date, and {@code overdue} when it was completed after it or is still
	 * open past it (at the time of reading). {@code claimedBy} is empty when nobody claimed it before completing.
	 */
	public record Step(String processDefinitionKey, String step, String name, String taskId, Instant enteredAt,
			Instant leftAt, Duration duration, Instant dueAt, boolean overdue, String claimedBy, String completedBy,
			String endedBecause) {
	}

	public record DecisionMade(String stage, String stageName, String outcome, String reason, String decidedBy,
			Instant decidedAt, int revision) {
	}

	/** One revision of the concept with its fields that differ from the revision before (none for the first). */
	public record RevisionMade(int revision, String submittedBy, Instant submittedAt, boolean byAdvisoryTeam,
			List<String> problems, List<FieldChange> changes) {
	}

	public record LifecycleStep(String transition, ProposalStatus fromStatus, ProposalStatus toStatus, String stage,
			String actor, Instant happenedAt, String reason) {
	}

	/** What a process administrator did to the instance outside the forms, from the engine's user operation log. */
	public record Intervention(String operation, String entityType, String property, String fromValue,
			String toValue, String by, Instant at, String annotation) {
	}

	public record Incident(String type, String activityId, String message, Instant createdAt, Instant endedAt,
			String state) {
	}

	/** One line of the story: what happened, when, at which stage, by whom, with which outcome, reason and revision. */
	public record Event(Instant at, EventKind kind, String stage, String who, String outcome, String reason,
			Integer revision, String detail) {

		/** Time order; at the same instant, the order one step's work happens in ({@link EventKind}). */
		static final Comparator<Event> IN_TIME_ORDER = Comparator.comparing(Event::at).thenComparing(Event::kind);

	}

	/**
	 * In the order things happen within one committed step, for events recorded at the same instant: what a person
	 * did (an administrator's intervention, a revision, a claim, a decision) before what it caused.
	 */
	public enum EventKind {
		PROCESS_STARTED, INTERVENTION, REVISION_SUBMITTED, STEP_CLAIMED, DECISION, STEP_COMPLETED, STEP_CANCELLED,
		STATUS_CHANGED, STEP_ENTERED, DOCUMENT_ADDED, NOTIFICATION_WRITTEN, INCIDENT, PROCESS_ENDED
	}

}
