package edu.college.microcredentials.retention;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import edu.college.microcredentials.proposal.ProposalRecordRemoved;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * The note kept when a proposal's record and history were removed at the end of the retention period: which proposal,
 * how it had ended and when, and the head of its hash chain, nothing about its content or people.
 */
@Entity
@Table(name = "removed_proposal_record")
public class RemovedRecord {

	@Id
	@GeneratedValue
	private Long id;

	private String reference;

	@Enumerated(EnumType.STRING)
	private ProposalStatus endedAs;

	private Instant endedAt;

	private Instant removedAt;

	private int processInstances;

	private int chainLength;

	private String chainHead;

	protected RemovedRecord() {
	}

	RemovedRecord(ProposalRecordRemoved removed, int processInstances, Instant removedAt) {
		this.reference = removed.reference();
		this.endedAs = removed.endedAs();
		this.endedAt = removed.endedAt();
		this.chainLength = removed.chainLength();
		this.chainHead = removed.chainHead();
		this.processInstances = processInstances;
		this.removedAt = removedAt;
	}

	public String getReference() {
		return reference;
	}

	public ProposalStatus getEndedAs() {
		return endedAs;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public Instant getRemovedAt() {
		return removedAt;
	}

	/** How many of the engine's process instances (development, reviews, withdrawal) had their history removed. */
	public int getProcessInstances() {
		return processInstances;
	}

	public int getChainLength() {
		return chainLength;
	}

	public String getChainHead() {
		return chainHead;
	}

}
