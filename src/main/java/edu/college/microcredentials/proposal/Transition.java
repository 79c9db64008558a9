package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.proposal.ProposalStatus.APPROVED;
import static edu.college.microcredentials.proposal.ProposalStatus.CANCELLED;
import static edu.college.microcredentials.proposal.ProposalStatus.DECLINED;
import static edu.college.microcredentials.proposal.ProposalStatus.IN_PROGRESS;
import static edu.college.microcredentials.proposal.ProposalStatus.PUBLISHED;
import static edu.college.microcredentials.proposal.ProposalStatus.RETIRED;
import static edu.college.microcredentials.proposal.ProposalStatus.UNDER_REVIEW;
import static edu.college.microcredentials.proposal.ProposalStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The proposal's lifecycle: each transition names the statuses it may start from and the status it leads to
 * ({@code null}: the status stays). docs/architecture.md draws it.
 */
public enum Transition {

	SUBMITTED(EnumSet.noneOf(ProposalStatus.class), IN_PROGRESS),
	STEP_REACHED(EnumSet.of(IN_PROGRESS, UNDER_REVIEW), null),
	RETURNED_FOR_REVISION(EnumSet.of(IN_PROGRESS), null),
	REVISED(EnumSet.of(IN_PROGRESS), null),
	DECIDED(EnumSet.of(IN_PROGRESS, UNDER_REVIEW), null),
	ADVISORY_TEAM_FORMED(EnumSet.of(IN_PROGRESS), null),
	FULL_PROPOSAL_WRITTEN(EnumSet.of(IN_PROGRESS), null),
	WITHDRAWN_BY_AUTHOR(EnumSet.of(IN_PROGRESS), WITHDRAWN),
	CANCELLED_BY_ADMINISTRATOR(EnumSet.of(IN_PROGRESS, APPROVED), CANCELLED),
	DECLINED_AT_STAGE(EnumSet.of(IN_PROGRESS), DECLINED),
	APPROVED_BY_BOARD(EnumSet.of(IN_PROGRESS), APPROVED),
	PUBLISHED_WITH_BADGE(EnumSet.of(APPROVED), PUBLISHED),
	REVIEW_OPENED(EnumSet.of(PUBLISHED), UNDER_REVIEW),
	REVISED_AFTER_REVIEW(EnumSet.of(UNDER_REVIEW), null),
	NEXT_REVIEW_SCHEDULED(EnumSet.of(PUBLISHED, UNDER_REVIEW), PUBLISHED),
	REVIEW_CANCELLED(EnumSet.of(PUBLISHED, UNDER_REVIEW), PUBLISHED),
	RETIRED_AFTER_REVIEW(EnumSet.of(UNDER_REVIEW), RETIRED),
	MIGRATED_TO_VERSION(EnumSet.of(IN_PROGRESS, APPROVED, PUBLISHED, UNDER_REVIEW), null);

	private final Set<ProposalStatus> from;

	private final ProposalStatus to;

	Transition(Set<ProposalStatus> from, ProposalStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(ProposalStatus status) {
		return from.contains(status);
	}

	public Set<ProposalStatus> from() {
		return from;
	}

	/** The status after this transition from {@code status}. */
	public ProposalStatus leadsFrom(ProposalStatus status) {
		return to == null ? status : to;
	}

	/** How people read it, e.g. "returned for revision". */
	public String label() {
		return name().toLowerCase().replace('_', ' ');
	}

}
