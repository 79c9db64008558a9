package edu.college.microcredentials.proposal;

import java.util.Map;

/**
 * A section another module adds to every proposal's page (the documents), without this module knowing that module:
 * its Thymeleaf fragment and what the fragment shows. Asked only once the reader may see the proposal.
 */
public interface ProposalPageSection {

	/** The fragment to insert, e.g. {@code "documents/section :: section"}. */
	String fragment();

	/** What the fragment shows for {@code proposal}. */
	Map<String, ?> model(Proposal proposal);

}
