package edu.college.microcredentials.proposal;

/** Where a proposal stands overall; the current step is in {@link Proposal#getStage()}. */
public enum ProposalStatus {

	/** Somewhere between concept submission and the Board decision. */
	IN_PROGRESS,
	/** Stopped by a decision (not supported, not endorsed, resources declined, rejected). */
	DECLINED,
	/** Withdrawn by its author before the Board decided. */
	WITHDRAWN,
	/** Approved by the Board and published with its badge; reviewed periodically. */
	PUBLISHED,
	/** Retired at a periodic review. */
	RETIRED

}
