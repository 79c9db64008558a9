package edu.college.microcredentials.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalEvent.Cancelled;
import edu.college.microcredentials.proposal.ProposalEvent.Declined;
import edu.college.microcredentials.proposal.ProposalEvent.NextReviewScheduled;
import edu.college.microcredentials.proposal.ProposalEvent.Published;
import edu.college.microcredentials.proposal.ProposalEvent.Retired;
import edu.college.microcredentials.proposal.ProposalEvent.ReturnedForRevision;
import edu.college.microcredentials.proposal.ProposalEvent.StepReached;
import edu.college.microcredentials.proposal.ProposalEvent.Withdrawn;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Tells people what happened to a proposal, from the record's events, as the table {@link #whatGoesToWhom} says:
 * the author hears of every step and every ending, once each, the people who must act hear what awaits them.
 * Synchronous listeners, so the outbox row is written in the transaction of the step and rolls back with it.
 */
@Component
class ProposalNotifications {

	/** Who hears of an event, and what they are told; the first row that fits an event is the one. */
	private final List<Row<?>> whatGoesToWhom = List.of(
			// The author reaches "Revise concept" because the concept was returned: the return's message (next row)
			// tells them, with what was asked, so the step is not announced apart.
			row(StepReached.class, atStep("reviseConcept"), nobody(), null),
			row(ReturnedForRevision.class, any(), author(), this::returned),
			row(StepReached.class, any(), authorAndStepPeople(), this::stepReached),
			row(Declined.class, any(), author(), this::declined),
			row(Withdrawn.class, any(), author(), this::withdrawn),
			row(Cancelled.class, any(), author(), this::cancelled),
			row(Published.class, any(), author(), this::published),
			row(NextReviewScheduled.class, any(), author(), this::nextReviewScheduled),
			row(Retired.class, any(), author(), this::retired));

	private final NotificationService notifications;

	private final ProposalService proposals;

	ProposalNotifications(NotificationService notifications, ProposalService proposals) {
		this.notifications = notifications;
		this.proposals = proposals;
	}

	@EventListener
	void tell(ProposalEvent event) {
		whatGoesToWhom.stream().filter(row -> row.fits(event)).findFirst().ifPresent(row -> row.tell(event));
	}

	private Message returned(ReturnedForRevision event, Proposal proposal) {
		return message(MessageKind.RETURNED_FOR_REVISION, proposal, "Concept returned for revision",
				"was returned to you for revision.\n\n" + event.reason())
			.atStage("Revise concept").decided(null, event.reason()).aboutTask(event.taskId(), null);
	}

	private Message stepReached(StepReached event, Proposal proposal) {
		return message(MessageKind.STEP_REACHED, proposal, event.stepName(), "is now at: " + event.stepName() + ".")
			.atStage(event.stepName()).aboutTask(event.taskId(), event.due());
	}

	private Message declined(Declined event, Proposal proposal) {
		var decision = proposal.lastDecision();
		String reason = decision.map(Decision::getReason).orElse(null);
		return message(MessageKind.DECLINED, proposal, event.stageName(),
				"was declined: " + event.stageName() + "." + (reason == null ? "" : "\n\nReason: " + reason))
			.atStage(decision.map(Decision::getStageName).orElse(null)).decided(event.stageName(), reason);
	}

	private Message withdrawn(Withdrawn event, Proposal proposal) {
		return message(MessageKind.WITHDRAWN, proposal, "Proposal withdrawn", "was withdrawn by " + event.by() + ".")
			.decided(null, event.reason());
	}

	private Message cancelled(Cancelled event, Proposal proposal) {
		return message(MessageKind.CANCELLED, proposal, "Proposal cancelled", "was cancelled by an administrator ("
				+ (event.by() == null ? "the system" : event.by()) + ").")
			.decided(null, event.reason());
	}

	private Message published(Published event, Proposal proposal) {
		return message(MessageKind.PUBLISHED, proposal, "Credential published",
				"is approved and published with its digital badge.");
	}

	private Message nextReviewScheduled(NextReviewScheduled event, Proposal proposal) {
		return message(MessageKind.NEXT_REVIEW_SCHEDULED, proposal, "Next periodic review scheduled",
				"will be reviewed again in " + event.months() + " months.");
	}

	private Message retired(Retired event, Proposal proposal) {
		return message(MessageKind.RETIRED, proposal, "Credential retired", "was retired at its periodic review.")
			.decided(null, event.reason());
	}

	private static Message message(MessageKind kind, Proposal proposal, String subject, String what) {
		return Message.of(kind, "[" + proposal.getReference() + "] " + subject,
				"The micro-credential proposal \"" + proposal.currentConcept().getTitle() + "\" ("
						+ proposal.getReference() + ") " + what);
	}

	private static <E extends ProposalEvent> Predicate<E> any() {
		return event -> true;
	}

	private static Predicate<StepReached> atStep(String step) {
		return event -> event.step().equals(step);
	}

	private static <E extends ProposalEvent> BiFunction<E, Proposal, Collection<String>> nobody() {
		return (event, proposal) -> List.of();
	}

	private static <E extends ProposalEvent> BiFunction<E, Proposal, Collection<String>> author() {
		return (event, proposal) -> List.of("user:" + proposal.getAuthor());
	}

	private static BiFunction<StepReached, Proposal, Collection<String>> authorAndStepPeople() {
		return (event, proposal) -> {
			Set<String> recipients = new LinkedHashSet<>();
			recipients.add("user:" + proposal.getAuthor());
			recipients.addAll(event.actors().stream().sorted().toList());
			return recipients;
		};
	}

	private <E extends ProposalEvent> Row<E> row(Class<E> event, Predicate<E> when,
			BiFunction<E, Proposal, Collection<String>> to, BiFunction<E, Proposal, Message> says) {
		return new Row<>(event, when, to, says);
	}

	/** A line of the table: an event (of a kind, when it fits), who hears of it and what they are told. */
	private final class Row<E extends ProposalEvent> {

		private final Class<E> event;

		private final Predicate<E> when;

		private final BiFunction<E, Proposal, Collection<String>> to;

		private final BiFunction<E, Proposal, Message> says;

		Row(Class<E> event, Predicate<E> when, BiFunction<E, Proposal, Collection<String>> to,
				BiFunction<E, Proposal, Message> says) {
			this.event = event;
			this.when = when;
			this.to = to;
			this.says = says;
		}

		boolean fits(ProposalEvent happened) {
			return event.isInstance(happened) && when.test(event.cast(happened));
		}

		void tell(ProposalEvent happened) {
			E fitting = event.cast(happened);
			Proposal proposal = proposals.find(happened.reference());
			Collection<String> recipients = to.apply(fitting, proposal);
			if (!recipients.isEmpty()) {
				notifications.notify(proposal.getReference(), recipients, says.apply(fitting, proposal));
			}
		}

	}

}
