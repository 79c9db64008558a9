package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One transition of a proposal's lifecycle: what happened, from which status to which, who, when and why. Written
 * once by the {@link Proposal} and never changed (no setters).
 */
@Entity
@Table(name = "proposal_transition")
public class LifecycleEntry extends ChainedRecord {

	@Id
	@GeneratedValue
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Transition transition;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ProposalStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProposalStatus toStatus;

	/** The step the proposal is at after the transition. */
	private String stage;

	/** The user who caused it; empty when the process did it on its own. */
	private String actor;

	@Column(nullable = false)
	private Instant happenedAt;

	@Column(length = 4000)
	private String reason;

	protected LifecycleEntry() {
	}

	LifecycleEntry(Transition transition, ProposalStatus fromStatus, ProposalStatus toStatus, String stage,
			String actor, Instant happenedAt, String reason) {
		this.transition = transition;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.stage = stage;
		this.actor = actor;
		// as the database keeps it, so the hash of what is read back is the hash of what was written
		this.happenedAt = happenedAt.truncatedTo(ChronoUnit.MICROS);
		this.reason = reason;
	}

	@Override
	CanonicalContent canonicalContent() {
		return new CanonicalContent(kind()).with("transition", transition)
			.with("fromStatus", fromStatus)
			.with("toStatus", toStatus)
			.with("stage", stage)
			.with("actor", actor)
			.with("happenedAt", happenedAt)
			.with("reason", reason);
	}

	@Override
	public String kind() {
		return "transition";
	}

	@Override
	public Long getId() {
		return id;
	}

	public Transition getTransition() {
		return transition;
	}

	public ProposalStatus getFromStatus() {
		return fromStatus;
	}

	public ProposalStatus getToStatus() {
		return toStatus;
	}

	public String getStage() {
		return stage;
	}

	public String getActor() {
		return actor;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}

	public String getReason() {
		return reason;
	}

}
