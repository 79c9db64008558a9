package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What happened to a proposal, published by the record after each {@link Transition} in the transaction that made
 * it: listeners (notifications, and later audit, pages, catalogue) react to these instead of reading the engine.
 * {@code by} is the user who caused it, or {@code null} when the process did it on its own (a timer, a rule).
 */
public sealed interface ProposalEvent {

	String reference();

	String by();

	Instant at();

	/** The concept was submitted and the record opened. */
	record Submitted(String reference, String by, Instant at, String title) implements ProposalEvent {
	}

	/**
	 * The proposal reached a step where people act: the task {@code taskId}, due at {@code due} ({@code null} when it
	 * has no due date); {@code actors} are {@code user:<id>} or {@code group:<id>}.
	 */
	record StepReached(String reference, String by, Instant at, String step, String stepName, String taskId,
			Instant due, Set<String> actors) implements ProposalEvent {
	}

	/**
	 * The concept went back to its author, to the task {@code taskId}: it broke the rules, or a decider asked for more
	 * information.
	 */
	record ReturnedForRevision(String reference, String by, Instant at, String taskId, String reason)
			implements ProposalEvent {
	}

	/** A new revision of the concept was recorded. */
	record Revised(String reference, String by, Instant at, int revision) implements ProposalEvent {
	}

	/** Someone decided at a step; the decision itself is on the record. */
	record Decided(String reference, String by, Instant at, String step, String stepName, String outcome,
			String reason) implements ProposalEvent {
	}

	record AdvisoryTeamFormed(String reference, String by, Instant at, List<String> members) implements ProposalEvent {
	}

	record FullProposalWritten(String reference, String by, Instant at) implements ProposalEvent {
	}

	record Withdrawn(String reference, String by, Instant at, String reason) implements ProposalEvent {
	}

	/** An administrator cancelled or deleted the development process. */
	record Cancelled(String reference, String by, Instant at, String reason) implements ProposalEvent {
	}

	/** The development ended without approval; {@code stageName} says where. */
	record Declined(String reference, String by, Instant at, String stageName) implements ProposalEvent {
	}

	record Approved(String reference, String by, Instant at) implements ProposalEvent {
	}

	record Published(String reference, String by, Instant at) implements ProposalEvent {
	}

	record ReviewOpened(String reference, String by, Instant at) implements ProposalEvent {
	}

	record RevisedAfterReview(String reference, String by, Instant at, String changes) implements ProposalEvent {
	}

	/**
	 * A process administrator moved the proposal's running process from one version of its diagram to another;
	 * {@code description} says which ("Micro-credential development: version 1 (2026.12) to version 2 (2026.12.1)").
	 */
	record MigratedToVersion(String reference, String by, Instant at, String description) implements ProposalEvent {
	}

	record NextReviewScheduled(String reference, String by, Instant at, int months) implements ProposalEvent {
	}

	/** A review cycle was cancelled by an administrator; the credential stays published. */
	record ReviewCancelled(String reference, String by, Instant at, String reason) implements ProposalEvent {
	}

	record Retired(String reference, String by, Instant at, String reason) implements ProposalEvent {
	}

}
