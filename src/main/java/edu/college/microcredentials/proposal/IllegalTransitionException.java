package edu.college.microcredentials.proposal;

import edu.college.microcredentials.process.Refusal;

/**
 * A transition the proposal's status does not allow, e.g. approving a withdrawn proposal: the proposal has moved on,
 * so it is a conflict. Nothing is changed.
 */
public class IllegalTransitionException extends Refusal {

	IllegalTransitionException(String reference, ProposalStatus status, Transition transition) {
		super(Kind.CONFLICT, reference + " is " + status.label() + ": it cannot be " + transition.label() + " (only when "
				+ String.join(" or ", transition.from().stream().map(ProposalStatus::label).toList()) + ").");
	}

}
