package edu.college.microcredentials.proposal;

import java.time.Instant;

/**
 * The whole record of a proposal that ended long ago is being removed, with its history, at the end of the
 * retention period. Published before the record's own rows go, in the same transaction: each module removes what
 * it keeps about the proposal, and a module that fails rolls the whole removal back.
 *
 * @param chainHead the hash of the last link of the proposal's chain, so a saved verification report can still be
 *        matched to the removal; {@code null} when its records were written before the chain began
 */
public record ProposalRecordRemoved(String reference, ProposalStatus endedAs, Instant endedAt, int chainLength,
		String chainHead) {
}
