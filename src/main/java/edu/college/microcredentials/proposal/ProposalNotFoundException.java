package edu.college.microcredentials.proposal;

import edu.college.microcredentials.process.Refusal;

/**
 * No proposal has this reference: a reference someone typed (400 in a form, 404 at {@code /api/proposals}). The
 * message is shown to the user as it is.
 */
public class ProposalNotFoundException extends Refusal {

	public ProposalNotFoundException(String reference) {
		super(Kind.BAD_INPUT, "There is no micro-credential proposal with the reference '" + reference + "'.");
	}

}
