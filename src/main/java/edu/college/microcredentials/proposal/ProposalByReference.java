package edu.college.microcredentials.proposal;

import java.util.Optional;

/** Finding a proposal by its reference, its natural id. */
interface ProposalByReference {

	/**
	 * The proposal with this reference. Within one transaction it is read from the database once: a step's
	 * listeners and event handlers each ask for it, and the persistence context answers all but the first.
	 */
	Optional<Proposal> findByReference(String reference);

}
