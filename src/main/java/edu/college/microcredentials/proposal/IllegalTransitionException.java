package edu.college.microcredentials.proposal;

/** A transition the proposal's status does not allow, e.g. approving a withdrawn proposal. Nothing is changed. */
public class IllegalTransitionException extends RuntimeException {

	IllegalTransitionException(String reference, ProposalStatus status, Transition transition) {
		super(reference + " is " + status.label() + ": it cannot be " + transition.label() + " (only when "
				+ String.join(" or ", transition.from().stream().map(ProposalStatus::label).toList()) + ").");
	}

}
