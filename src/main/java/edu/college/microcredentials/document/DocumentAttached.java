package edu.college.microcredentials.document;

import java.time.Instant;

/**
 * A document was attached to a proposal, published in the transaction that stored it; {@code by} is who added it.
 * Not a {@code ProposalEvent}: attaching changes neither the proposal's status nor its stage.
 */
public record DocumentAttached(String reference, long documentId, String fileName, String by, Instant at) {
}
