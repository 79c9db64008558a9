package edu.college.microcredentials.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Tells people what happened to a proposal, from the record's events: the author hears of every step and every
 * ending, the people who must act hear what awaits them. Synchronous listeners, so the outbox row is written in the
 * transaction of the step and rolls back with it.
 */
@Component
class ProposalNotifications {

	private final NotificationService notifications;

	private final ProposalService proposals;

	ProposalNotifications(NotificationService notifications, ProposalService proposals) {
		this.notifications = notifications;
		this.proposals = proposals;
	}

	@EventListener
	void stepReached(ProposalEvent.StepReached event) {
		Set<String> recipients = new LinkedHashSet<>();
		Proposal proposal = proposals.find(event.reference());
		recipients.add("user:" + proposal.getAuthor());
		recipients.addAll(event.actors().stream().sorted().toList());
		tell(proposal, recipients, event.stepName(), "is now at: " + event.stepName() + ".");
	}

	@EventListener
	void returnedForRevision(ProposalEvent.ReturnedForRevision event) {
		tellAuthor(event.reference(), "Concept returned for revision",
				"was returned to you for revision.\n\n" + event.reason());
	}

	@EventListener
	void declined(ProposalEvent.Declined event) {
		String reason = proposals.find(event.reference()).lastDecision().map(Decision::getReason)
			.map(why -> "\n\nReason: " + why).orElse("");
		tellAuthor(event.reference(), event.stageName(), "was declined: " + event.stageName() + "." + reason);
	}

	@EventListener
	void withdrawn(ProposalEvent.Withdrawn event) {
		tellAuthor(event.reference(), "Proposal withdrawn", "was withdrawn by " + event.by() + ".");
	}

	@EventListener
	void cancelled(ProposalEvent.Cancelled event) {
		tellAuthor(event.reference(), "Proposal cancelled", "was cancelled by an administrator ("
				+ (event.by() == null ? "the system" : event.by()) + ").");
	}

	@EventListener
	void published(ProposalEvent.Published event) {
		tellAuthor(event.reference(), "Credential published", "is approved and published with its digital badge.");
	}

	@EventListener
	void nextReviewScheduled(ProposalEvent.NextReviewScheduled event) {
		tellAuthor(event.reference(), "Next periodic review scheduled",
				"will be reviewed again in " + event.months() + " months.");
	}

	@EventListener
	void retired(ProposalEvent.Retired event) {
		tellAuthor(event.reference(), "Credential retired", "was retired at its periodic review.");
	}

	private void tellAuthor(String reference, String subject, String what) {
		Proposal proposal = proposals.find(reference);
		tell(proposal, List.of("user:" + proposal.getAuthor()), subject, what);
	}

	private void tell(Proposal proposal, Collection<String> recipients, String subject, String what) {
		notifications.notify(proposal.getReference(), recipients, "[" + proposal.getReference() + "] " + subject,
				"The micro-credential proposal \"" + proposal.currentConcept().getTitle() + "\" ("
						+ proposal.getReference() + ") " + what);
	}

}
