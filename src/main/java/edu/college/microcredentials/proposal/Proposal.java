package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.NaturalId;
import org.springframework.data.domain.AbstractAggregateRoot;

import edu.college.microcredentials.process.Role;

/**
 * The record of one micro-credential from concept to retirement: every revision its author submitted and every
 * decision taken on it. Process instances refer to it by {@link #getReference()}, their business key.
 * <p>
 * Status and stage change only through the intent-named transitions below; each is checked against
 * {@link Transition}, kept in {@link #getLifecycle()} and published as a {@link ProposalEvent} when the record is
 * saved.
 * <p>
 * Revisions, decisions and transitions are written once, in that order sealed into the proposal's hash chain
 * ({@link ChainedRecord}), and never changed or removed: their lists are only ever added to, and what the getters
 * return cannot be changed, so {@code orphanRemoval} never deletes one. Only removing the whole proposal removes them
 * (docs/administrators.md, "Retention").
 */
@Entity
public class Proposal extends AbstractAggregateRoot<Proposal> {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@NaturalId
	@Column(unique = true, nullable = false)
	private String reference;

	private String author;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	/** Name of the step the proposal is at (or ended in). */
	private String stage;

	private Instant submittedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "proposal_id", nullable = false, updatable = false)
	@OrderBy("revision")
	private List<Concept> revisions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "proposal_id", nullable = false, updatable = false)
	@OrderBy("decidedAt, id")
	private List<Decision> decisions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "proposal_id", nullable = false, updatable = false)
	@OrderBy("happenedAt, id")
	private List<LifecycleEntry> lifecycle = new ArrayList<>();

	@Column(length = 1000)
	private String advisoryTeam;

	private String advisoryTeamLead;

	@Column(length = 4000)
	private String resourceRequest;

	@Column(length = 8000)
	private String developmentPlan;

	@Column(length = 4000)
	private String resourcePlan;

	@Column(length = 4000)
	private String badgeDescription;

	@Column(length = 4000)
	private String badgeCriteria;

	private Instant publishedAt;

	/** The EU's standard elements the advisory team gave in the full proposal ({@link FullProposal}). */
	private Integer eqfLevel;

	private Integer notionalWorkloadHours;

	@Column(length = 4000)
	private String prerequisites;

	private String assessmentSupervision;

	@Column(length = 4000)
	private String furtherInformation;

	protected Proposal() {
	}

	private Proposal(String reference, String author) {
		this.reference = reference;
		this.author = author;
	}

	/** Opens the record of a newly submitted concept, its first revision. */
	static Proposal submit(String reference, Concept concept, String author, Instant at) {
		Proposal proposal = new Proposal(reference, author);
		proposal.submittedAt = at;
		proposal.addRevision(concept, author, at);
		proposal.stage = "Concept submitted";
		proposal.transition(Transition.SUBMITTED, new ProposalEvent.Submitted(reference, author, at,
				concept.getTitle()), null);
		return proposal;
	}

	/** The proposal waits at a step of the process (the task {@code taskId}) for the people named in {@code actors}. */
	void reachStep(String step, String stepName, String taskId, Instant due, Set<String> actors, Instant at) {
		checkAllowed(Transition.STEP_REACHED);
		this.stage = stepName;
		transition(Transition.STEP_REACHED,
				new ProposalEvent.StepReached(reference, null, at, step, stepName, taskId, due, Set.copyOf(actors)), null);
	}

	/** The latest revision broke the rules, or a decider asked for more; the author revises it. */
	void returnForRevision(String by, String taskId, String reason, Instant at) {
		checkAllowed(Transition.RETURNED_FOR_REVISION);
		transition(Transition.RETURNED_FOR_REVISION,
				new ProposalEvent.ReturnedForRevision(reference, by, at, taskId, reason), reason);
	}

	void revise(Concept concept, String by, Instant at) {
		checkAllowed(Transition.REVISED);
		addRevision(concept, by, at);
		transition(Transition.REVISED, new ProposalEvent.Revised(reference, by, at, currentConcept().getRevision()),
				null);
	}

	void decide(StageDecision decision, Instant at) {
		decide(decision, List.of(), at);
	}

	private void decide(StageDecision decision, List<QualityFinding> findings, Instant at) {
		checkAllowed(Transition.DECIDED);
		decisions.add(sealed(new Decision(decision.stage(), decision.stageName(), decision.outcome(),
				decision.reason(), decision.decidedBy(), at, currentConcept().getRevision(), decision.details(),
				findings)));
		transition(Transition.DECIDED, new ProposalEvent.Decided(reference, decision.decidedBy(), at,
				decision.stage(), decision.stageName(), decision.outcome(), decision.reason()), decision.reason());
	}

	/** A quality reviewer judged the design criteria; those not met are findings the advisory team must address. */
	void reviewQuality(StageDecision decision, List<QualityFinding> findings, Instant at) {
		decide(decision, findings, at);
	}

	/**
	 * The advisory team revised the concept to address the open quality findings, answering each by its criterion;
	 * {@code decision} records their step.
	 */
	void addressQualityFindings(Concept concept, Map<String, String> responses, StageDecision decision, Instant at) {
		Decision review = lastReviewWithFindings()
			.orElseThrow(() -> new IllegalStateException(reference + " has no quality findings to address"));
		concept.writtenByAdvisoryTeam();
		revise(concept, decision.decidedBy(), at);
		review.answerFindings(responses);
		decide(decision, at);
	}

	void formAdvisoryTeam(String lead, List<String> members, String resourceRequest, String by, Instant at) {
		checkAllowed(Transition.ADVISORY_TEAM_FORMED);
		this.advisoryTeamLead = lead;
		this.advisoryTeam = String.join(",", members);
		this.resourceRequest = resourceRequest;
		transition(Transition.ADVISORY_TEAM_FORMED,
				new ProposalEvent.AdvisoryTeamFormed(reference, by, at, List.copyOf(members)), null);
	}

	void writeFullProposal(FullProposal fullProposal, String by, Instant at) {
		checkAllowed(Transition.FULL_PROPOSAL_WRITTEN);
		this.developmentPlan = fullProposal.developmentPlan();
		this.resourcePlan = fullProposal.resourcePlan();
		this.badgeDescription = fullProposal.badgeDescription();
		this.badgeCriteria = fullProposal.badgeCriteria();
		this.eqfLevel = fullProposal.eqfLevel();
		this.notionalWorkloadHours = fullProposal.notionalWorkloadHours();
		this.prerequisites = fullProposal.prerequisites();
		this.assessmentSupervision = fullProposal.assessmentSupervision();
		this.furtherInformation = fullProposal.furtherInformation();
		transition(Transition.FULL_PROPOSAL_WRITTEN, new ProposalEvent.FullProposalWritten(reference, by, at), null);
	}

	void withdraw(String by, String reason, Instant at) {
		checkAllowed(Transition.WITHDRAWN_BY_AUTHOR);
		this.stage = "Withdrawn";
		transition(Transition.WITHDRAWN_BY_AUTHOR, new ProposalEvent.Withdrawn(reference, by, at, reason), reason);
	}

	void cancel(String by, String reason, Instant at) {
		checkAllowed(Transition.CANCELLED_BY_ADMINISTRATOR);
		this.stage = "Cancelled";
		transition(Transition.CANCELLED_BY_ADMINISTRATOR, new ProposalEvent.Cancelled(reference, by, at, reason),
				reason);
	}

	/** The development process ended at {@code endName}: unless it was approved or withdrawn, it was declined. */
	void developmentEnded(String endName, String by, Instant at) {
		if (status != ProposalStatus.IN_PROGRESS) {
			return;
		}
		this.stage = endName;
		transition(Transition.DECLINED_AT_STAGE, new ProposalEvent.Declined(reference, by, at, endName),
				lastDecision().map(Decision::getReason).orElse(null));
	}

	void approve(String by, Instant at) {
		checkAllowed(Transition.APPROVED_BY_BOARD);
		this.stage = "Approved by the Board";
		transition(Transition.APPROVED_BY_BOARD, new ProposalEvent.Approved(reference, by, at), null);
	}

	void publish(Instant at) {
		checkAllowed(Transition.PUBLISHED_WITH_BADGE);
		this.stage = "Published";
		this.publishedAt = at;
		transition(Transition.PUBLISHED_WITH_BADGE, new ProposalEvent.Published(reference, null, at), null);
	}

	void openReview(Instant at) {
		checkAllowed(Transition.REVIEW_OPENED);
		this.stage = "Periodic review";
		transition(Transition.REVIEW_OPENED, new ProposalEvent.ReviewOpened(reference, null, at), null);
	}

	void reviseAfterReview(String by, String changes, Instant at) {
		checkAllowed(Transition.REVISED_AFTER_REVIEW);
		transition(Transition.REVISED_AFTER_REVIEW, new ProposalEvent.RevisedAfterReview(reference, by, at, changes),
				changes);
	}

	void scheduleNextReview(int months, Instant at) {
		checkAllowed(Transition.NEXT_REVIEW_SCHEDULED);
		this.stage = "Published";
		transition(Transition.NEXT_REVIEW_SCHEDULED, new ProposalEvent.NextReviewScheduled(reference, null, at, months),
				"next review in " + months + " months");
	}

	void cancelReview(String by, String reason, Instant at) {
		checkAllowed(Transition.REVIEW_CANCELLED);
		this.stage = "Published";
		transition(Transition.REVIEW_CANCELLED, new ProposalEvent.ReviewCancelled(reference, by, at, reason), reason);
	}

	void retire(String by, String reason, Instant at) {
		checkAllowed(Transition.RETIRED_AFTER_REVIEW);
		this.stage = "Retired";
		transition(Transition.RETIRED_AFTER_REVIEW, new ProposalEvent.Retired(reference, by, at, reason), reason);
	}

	/** A process administrator moved its running process to another version of the diagram. */
	void migrate(String by, String description, Instant at) {
		checkAllowed(Transition.MIGRATED_TO_VERSION);
		transition(Transition.MIGRATED_TO_VERSION, new ProposalEvent.MigratedToVersion(reference, by, at, description),
				description);
	}

	/** Refuses before anything changes, so an illegal transition leaves the record as it was. */
	private void checkAllowed(Transition transition) {
		if (!transition.allowedFrom(status)) {
			throw new IllegalTransitionException(reference, status, transition);
		}
	}

	private void transition(Transition transition, ProposalEvent event, String reason) {
		ProposalStatus from = status;
		status = transition.leadsFrom(status);
		lifecycle.add(sealed(new LifecycleEntry(transition, from, status, stage, event.by(), event.at(), reason)));
		registerEvent(event);
	}

	private void addRevision(Concept concept, String submittedBy, Instant at) {
		concept.submitted(revisions.size() + 1, submittedBy, at);
		revisions.add(sealed(concept));
	}

	/** Seals the record as the next link of this proposal's chain. */
	private <R extends ChainedRecord> R sealed(R record) {
		List<ChainedRecord> chain = chain();
		if (chain.isEmpty()) {
			record.seal(1, ChainedRecord.chainStart(reference));
		}
		else {
			ChainedRecord head = chain.get(chain.size() - 1);
			record.seal(head.getChainPosition() + 1, head.getRecordHash());
		}
		return record;
	}

	/**
	 * Every sealed revision, decision and transition, in the order they were written; records written before the
	 * chain began are left out.
	 */
	public List<ChainedRecord> chain() {
		return Stream.of(revisions, decisions, lifecycle)
			.flatMap(List::stream)
			.map(ChainedRecord.class::cast)
			.filter(ChainedRecord::isChained)
			.sorted(Comparator.comparing(ChainedRecord::getChainPosition))
			.toList();
	}

	/** Loads the decisions and lifecycle, so the whole record can be read outside a transaction. */
	void loadAllRecords() {
		Hibernate.initialize(decisions);
		Hibernate.initialize(lifecycle);
	}

	/** When the proposal reached the status it ended in; empty while something can still happen to it. */
	public Optional<Instant> endedAt() {
		return status.hasEnded() ? Optional.of(lifecycle.get(lifecycle.size() - 1).getHappenedAt()) : Optional.empty();
	}

	public Concept currentConcept() {
		return revisions.get(revisions.size() - 1);
	}

	public Optional<Decision> lastDecision() {
		return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
	}

	/** The findings of the latest quality review the advisory team has not answered yet. */
	public List<QualityFinding> openQualityFindings() {
		return lastReviewWithFindings().map(Decision::getFindings).orElse(List.of()).stream()
			.filter(finding -> finding.response() == null)
			.toList();
	}

	private Optional<Decision> lastReviewWithFindings() {
		for (int i = decisions.size() - 1; i >= 0; i--) {
			if (!decisions.get(i).getFindings().isEmpty()) {
				return Optional.of(decisions.get(i));
			}
		}
		return Optional.empty();
	}

	/** The roles whose work is to read every proposal; requesters read their own, and other groups nothing. */
	static final Set<String> READ_EVERY_PROPOSAL = Stream.of(Role.CONTINUING_EDUCATION, Role.SENIOR_MANAGEMENT,
			Role.QUALITY_REVIEWERS, Role.BOARD_SECRETARY, Role.AUDITORS, Role.PROCESS_ADMINISTRATORS)
		.map(Role::groupId).collect(Collectors.toUnmodifiableSet());

	/** Its author, its advisory team and the roles that review, audit or administer proposals may read it. */
	public boolean mayBeReadBy(String userId, Collection<String> groupIds) {
		return userId != null && (userId.equals(author) || advisoryTeamMembers().contains(userId)
				|| readsEveryProposal(groupIds));
	}

	/** A member of one of {@code groupIds} may read every proposal; others only those they wrote or develop. */
	public static boolean readsEveryProposal(Collection<String> groupIds) {
		return groupIds.stream().anyMatch(READ_EVERY_PROPOSAL::contains);
	}

	/** Everyone on the advisory team, the lead first. */
	public List<String> advisoryTeamMembers() {
		if (advisoryTeam == null || advisoryTeam.isBlank()) {
			return List.of();
		}
		return List.of(advisoryTeam.split(","));
	}

	public String getReference() {
		return reference;
	}

	public String getAuthor() {
		return author;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public String getStage() {
		return stage;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public List<Concept> getRevisions() {
		return Collections.unmodifiableList(revisions);
	}

	public List<Decision> getDecisions() {
		return Collections.unmodifiableList(decisions);
	}

	/** Every transition so far, oldest first. */
	public List<LifecycleEntry> getLifecycle() {
		return Collections.unmodifiableList(lifecycle);
	}

	public String getAdvisoryTeamLead() {
		return advisoryTeamLead;
	}

	public String getResourceRequest() {
		return resourceRequest;
	}

	public String getDevelopmentPlan() {
		return developmentPlan;
	}

	public String getResourcePlan() {
		return resourcePlan;
	}

	public String getBadgeDescription() {
		return badgeDescription;
	}

	public String getBadgeCriteria() {
		return badgeCriteria;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Integer getEqfLevel() {
		return eqfLevel;
	}

	public Integer getNotionalWorkloadHours() {
		return notionalWorkloadHours;
	}

	public String getPrerequisites() {
		return prerequisites;
	}

	public String getAssessmentSupervision() {
		return assessmentSupervision;
	}

	public String getFurtherInformation() {
		return furtherInformation;
	}

}
