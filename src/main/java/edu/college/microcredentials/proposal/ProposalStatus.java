package edu.college.microcredentials.proposal;

/**
 * Where a proposal stands overall; the current step is in {@link Proposal#getStage()}. Which transition leads
 * from which status is in {@link Transition}.
 */
public enum ProposalStatus {

	/** Somewhere between concept submission and the Board decision. */
	IN_PROGRESS,
	/** Approved by the Board of Governors, not yet published. */
	APPROVED,
	/** Stopped by a decision (not supported, not endorsed, resources declined, rejected). */
	DECLINED,
	/** Withdrawn by its author before the Board decided. */
	WITHDRAWN,
	/** Its development process was cancelled by an administrator (Cockpit, REST). */
	CANCELLED,
	/** Published with its badge; reviewed periodically. */
	PUBLISHED,
	/** A periodic review of the published credential is open. */
	UNDER_REVIEW,
	/** Retired at a periodic review. */
	RETIRED;

	/**
	 * Nothing more happens to it: declined, withdrawn, cancelled or retired. Only such a record is removed, with its
	 * history, once the retention period has passed since it ended.
	 */
	public boolean hasEnded() {
		return this == DECLINED || this == WITHDRAWN || this == CANCELLED || this == RETIRED;
	}

	/** How people read it, e.g. "under review". */
	public String label() {
		return name().toLowerCase().replace('_', ' ');
	}

}
