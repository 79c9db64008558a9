package edu.college.microcredentials.audit;

import java.time.Instant;
import java.util.List;

/**
 * What a verification of every proposal's hash chain found: each broken link, and each chain's length and head (its
 * latest hash), which auditors keep elsewhere to notice even a chain recomputed to its end (docs/auditors.md).
 *
 * @param intact whether no link is broken
 */
public record RecordChainReport(Instant checkedAt, boolean intact, List<BrokenLink> brokenLinks, List<Chain> chains) {

	static RecordChainReport of(Instant checkedAt, List<BrokenLink> brokenLinks, List<Chain> chains) {
		return new RecordChainReport(checkedAt, brokenLinks.isEmpty(), brokenLinks, chains);
	}

	/**
	 * A record that does not fit its chain.
	 *
	 * @param proposal the proposal's reference
	 * @param kind revision, decision or transition
	 * @param recordId the record's id in its table ({@code concept_revision}, {@code proposal_decision},
	 * {@code proposal_transition})
	 * @param position its place in the proposal's chain, from 1
	 * @param problem what is wrong, in words
	 */
	public record BrokenLink(String proposal, String kind, Long recordId, int position, String problem) {
	}

	/**
	 * One proposal's chain.
	 *
	 * @param records how many records are sealed into it
	 * @param recordsBeforeTheChain records written before the chain began (migration V8), which it does not cover
	 * @param head the hash of its latest record; {@code null} while it has none
	 */
	public record Chain(String proposal, int records, int recordsBeforeTheChain, String head) {
	}

}
