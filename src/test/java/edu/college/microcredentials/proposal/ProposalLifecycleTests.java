package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The lifecycle of the record on its own, without an engine: what each transition allows and keeps. */
class ProposalLifecycleTests {

	static final Instant MONDAY = Instant.parse("2027-01-04T09:00:00Z");

	@Test
	void submittedConceptIsInProgressWithItsFirstRevisionAndOneEntry() {
		Proposal proposal = submitted();

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(proposal.getStage()).isEqualTo("Concept submitted");
		assertThat(proposal.currentConcept().getRevision()).isEqualTo(1);
		assertThat(proposal.getLifecycle()).singleElement().satisfies(entry -> {
			assertThat(entry.getTransition()).isEqualTo(Transition.SUBMITTED);
			assertThat(entry.getFromStatus()).isNull();
			assertThat(entry.getToStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
			assertThat(entry.getActor()).isEqualTo("priya");
			assertThat(entry.getHappenedAt()).isEqualTo(MONDAY);
		});
	}

	@Test
	void approvingAWithdrawnProposalIsRefusedAndChangesNothing() {
		Proposal proposal = submitted();
		proposal.withdraw("priya", "Partner left", MONDAY.plusSeconds(60));
		List<LifecycleEntry> before = List.copyOf(proposal.getLifecycle());

		assertThatThrownBy(() -> proposal.approve("bella", MONDAY.plusSeconds(120)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("MC-2027-0001 is withdrawn: it cannot be approved by board (only when in progress).");

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(proposal.getStage()).isEqualTo("Withdrawn");
		assertThat(proposal.getLifecycle()).containsExactlyElementsOf(before);
	}

	@Test
	void onlyAnApprovedProposalIsPublished() {
		Proposal proposal = submitted();
		assertThatThrownBy(() -> proposal.publish(MONDAY)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is in progress: it cannot be published with badge (only when approved)");

		proposal.approve("bella", MONDAY);
		proposal.publish(MONDAY.plusSeconds(1));

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(proposal.getPublishedAt()).isEqualTo(MONDAY.plusSeconds(1));
	}

	@Test
	void developmentEndingWhileInProgressIsDeclinedWhereItEnded() {
		Proposal proposal = submitted();
		proposal.decide(new StageDecision("assessConcept", "Assess concept", "notSupported", "Overlaps", "colin",
				null), MONDAY);

		proposal.developmentEnded("Concept not supported", "colin", MONDAY);

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(proposal.getStage()).isEqualTo("Concept not supported");
		assertThat(proposal.getLifecycle()).last().extracting(LifecycleEntry::getReason).isEqualTo("Overlaps");
	}

	@Test
	void developmentEndingAfterPublicationOrWithdrawalChangesNothing() {
		Proposal withdrawn = submitted();
		withdrawn.withdraw("priya", "No partner", MONDAY);
		int entries = withdrawn.getLifecycle().size();

		withdrawn.developmentEnded("Proposal withdrawn", null, MONDAY);

		assertThat(withdrawn.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(withdrawn.getLifecycle()).hasSize(entries);
	}

	@Test
	void decisionsAreTakenOnlyWhileInDevelopmentOrUnderReview() {
		Proposal proposal = submitted();
		proposal.cancel("demo", "Duplicate of MC-2027-0002", MONDAY);

		assertThatThrownBy(() -> proposal.decide(
				new StageDecision("assessConcept", "Assess concept", "supported", null, "colin", null), MONDAY))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("MC-2027-0001 is cancelled: it cannot be decided (only when in progress or under review).");
		assertThat(proposal.getDecisions()).isEmpty();
	}

	@Test
	void periodicReviewOpensRevisesAndReturnsToPublishedOrRetires() {
		Proposal proposal = published();

		proposal.openReview(MONDAY);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.UNDER_REVIEW);
		proposal.reviseAfterReview("priya", "Module 3 rewritten", MONDAY);
		proposal.scheduleNextReview(12, MONDAY);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);

		assertThatThrownBy(() -> proposal.retire("colin", "Replaced", MONDAY))
			.isInstanceOf(IllegalTransitionException.class);
		proposal.openReview(MONDAY);
		proposal.retire("colin", "Replaced", MONDAY);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.RETIRED);
		assertThat(proposal.getLifecycle()).extracting(LifecycleEntry::getTransition).endsWith(
				Transition.REVIEW_OPENED, Transition.REVISED_AFTER_REVIEW, Transition.NEXT_REVIEW_SCHEDULED,
				Transition.REVIEW_OPENED, Transition.RETIRED_AFTER_REVIEW);
	}

	@Test
	void everyStatusButTheEndsHasAWayOut() {
		for (ProposalStatus status : ProposalStatus.values()) {
			boolean leaves = java.util.Arrays.stream(Transition.values())
				.anyMatch(transition -> transition.allowedFrom(status) && transition.leadsFrom(status) != status);
			boolean end = Set.of(ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN, ProposalStatus.CANCELLED,
					ProposalStatus.RETIRED).contains(status);
			assertThat(leaves).as(status.name()).isEqualTo(!end);
		}
	}

	static Proposal submitted() {
		return Proposal.submit("MC-2027-0001", Concept.builder().title("IV Insertion").build(), "priya", MONDAY);
	}

	static Proposal published() {
		Proposal proposal = submitted();
		proposal.approve("bella", MONDAY);
		proposal.publish(MONDAY);
		return proposal;
	}

}
