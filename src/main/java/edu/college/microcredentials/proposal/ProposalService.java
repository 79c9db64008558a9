package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything the process does to a proposal's record; delegates and listeners call this, never the repository.
 * Each method is one transition of the record ({@link Transition}); saving publishes its {@link ProposalEvent}
 * in the caller's transaction, which is the engine's.
 */
@Service
@Transactional
public class ProposalService {

	private static final String REFERENCE_FORMAT = "MC-%d-%04d";

	private final ProposalRepository proposals;

	private final ReferenceCounterRepository counters;

	private final ConceptRules rules;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	ProposalService(ProposalRepository proposals, ReferenceCounterRepository counters, ConceptRules rules,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.proposals = proposals;
		this.counters = counters;
		this.rules = rules;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Opens the record of a newly submitted concept and gives it its reference, e.g. {@code MC-2026-0001}. */
	public Proposal register(Concept concept, String author) {
		Instant now = now();
		int year = Year.from(now.atZone(ZoneId.systemDefault())).getValue();
		// the year's counter row is locked until this submission commits
		ReferenceCounter counter = counters.lockYear(year).orElseGet(() -> {
			openYear(year);
			return counters.lockYear(year).orElseThrow();
		});
		return proposals.save(Proposal.submit(REFERENCE_FORMAT.formatted(year, counter.next()), concept, author, now));
	}

	/**
	 * Creates the year's counter in a transaction of its own: when the first submissions of a year arrive together,
	 * one creates it and the others, refused the duplicate, go on to lock it, instead of failing the submission
	 * (PostgreSQL aborts a transaction at its first failed statement, so this cannot be tried inside the caller's).
	 */
	private void openYear(int year) {
		try {
			ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new ReferenceCounter(year)));
		}
		catch (DataIntegrityViolationException openedByAnotherSubmission) {
			// the row is there now, which is all this needed
		}
	}

	/** Checks the latest revision against the rules, records what is wrong and returns it. */
	public List<String> validate(String reference) {
		Concept concept = load(reference).currentConcept();
		List<String> problems = rules.problemsOf(concept);
		concept.recordProblems(problems);
		return problems;
	}

	public void revise(String reference, Concept concept, String by) {
		change(reference, proposal -> proposal.revise(concept, by, now()));
	}

	public void recordDecision(String reference, StageDecision decision) {
		change(reference, proposal -> proposal.decide(decision, now()));
	}

	/** A curriculum quality review: the decision and, criterion by criterion, what it found not met. */
	public void reviewQuality(String reference, StageDecision decision, List<QualityFinding> findings) {
		change(reference, proposal -> proposal.reviewQuality(decision, findings, now()));
	}

	/** The advisory team's revision of the concept, with their response to each open quality finding by criterion. */
	public void addressQualityFindings(String reference, Concept concept, Map<String, String> responses,
			StageDecision decision) {
		change(reference, proposal -> proposal.addressQualityFindings(concept, responses, decision, now()));
	}

	/**
	 * The concept goes back to its author, to the task {@code taskId}: {@code by} asked a question, or nobody when it
	 * broke the rules.
	 */
	public void returnForRevision(String reference, String by, String taskId, String reason) {
		change(reference, proposal -> proposal.returnForRevision(by, taskId, reason, now()));
	}

	/** The proposal is at the step {@code step}, the task {@code taskId} due at {@code due} (or {@code null}). */
	public void reachStep(String reference, String step, String stepName, String taskId, Instant due,
			Set<String> actors) {
		change(reference, proposal -> proposal.reachStep(step, stepName, taskId, due, actors, now()));
	}

	public void formAdvisoryTeam(String reference, String lead, List<String> members, String resourceRequest,
			String by) {
		change(reference, proposal -> proposal.formAdvisoryTeam(lead, members, resourceRequest, by, now()));
	}

	public void writeFullProposal(String reference, FullProposal fullProposal, String by) {
		change(reference, proposal -> proposal.writeFullProposal(fullProposal, by, now()));
	}

	public void withdraw(String reference, String by, String reason) {
		change(reference, proposal -> proposal.withdraw(by, reason, now()));
	}

	public void cancel(String reference, String by, String reason) {
		change(reference, proposal -> proposal.cancel(by, reason, now()));
	}

	/** Notes on the record that a process administrator migrated its process ({@code description} says how). */
	public void migrate(String reference, String by, String description) {
		change(reference, proposal -> proposal.migrate(by, description, now()));
	}

	public void developmentEnded(String reference, String endName, String by) {
		change(reference, proposal -> proposal.developmentEnded(endName, by, now()));
	}

	public void approve(String reference, String by) {
		change(reference, proposal -> proposal.approve(by, now()));
	}

	public void publish(String reference) {
		change(reference, proposal -> proposal.publish(now()));
	}

	public void openReview(String reference) {
		change(reference, proposal -> proposal.openReview(now()));
	}

	public void reviseAfterReview(String reference, String by, String changes) {
		change(reference, proposal -> proposal.reviseAfterReview(by, changes, now()));
	}

	public void scheduleNextReview(String reference, int months) {
		change(reference, proposal -> proposal.scheduleNextReview(months, now()));
	}

	public void cancelReview(String reference, String by, String reason) {
		change(reference, proposal -> proposal.cancelReview(by, reason, now()));
	}

	public void retire(String reference, String by, String reason) {
		change(reference, proposal -> proposal.retire(by, reason, now()));
	}

	/** The proposals that ended before {@code cutoff}, by reference. */
	@Transactional(readOnly = true)
	public List<String> endedBefore(Instant cutoff) {
		return proposals.findEndedBefore(Arrays.stream(ProposalStatus.values()).filter(ProposalStatus::hasEnded)
			.toList(), cutoff);
	}

	/**
	 * Removes the whole record of a proposal that ended before {@code cutoff}: the other modules remove what they keep
	 * about it when told ({@link ProposalRecordRemoved}), then its revisions, decisions and transitions go.
	 *
	 * @return what was removed, for the note kept of the removal
	 * @throws IllegalStateException when the proposal has not ended, or ended since {@code cutoff}: nothing changes
	 */
	public ProposalRecordRemoved remove(String reference, Instant cutoff) {
		Proposal proposal = load(reference);
		Instant endedAt = proposal.endedAt().filter(at -> at.isBefore(cutoff))
			.orElseThrow(() -> new IllegalStateException("%s is %s; only a record that ended before %s is removed"
				.formatted(reference, proposal.getStatus().label(), cutoff)));
		List<ChainedRecord> chain = proposal.chain();
		ProposalRecordRemoved removed = new ProposalRecordRemoved(reference, proposal.getStatus(), endedAt,
				chain.size(), chain.isEmpty() ? null : chain.get(chain.size() - 1).getRecordHash());
		events.publishEvent(removed);
		proposals.delete(proposal);
		proposals.flush();
		return removed;
	}

	/** The reference of every proposal on record. */
	@Transactional(readOnly = true)
	public List<String> references() {
		return proposals.findAllReferences();
	}

	/** The references of the proposals now in one of {@code statuses}, in order. */
	@Transactional(readOnly = true)
	public List<String> withStatus(Collection<ProposalStatus> statuses) {
		return proposals.findReferencesWithStatus(statuses);
	}

	/** The whole record, decisions and lifecycle included, usable outside a transaction. */
	@Transactional(readOnly = true)
	public Proposal find(String reference) {
		Proposal proposal = load(reference);
		proposal.loadAllRecords();
		return proposal;
	}

	/** What {@code userId} follows on <em>My proposals</em>, each with its decisions and lifecycle. */
	@Transactional(readOnly = true)
	public List<Proposal> followedBy(String userId) {
		List<Proposal> followed = proposals.findFollowedBy(userId);
		followed.forEach(Proposal::loadAllRecords);
		return followed;
	}

	/** The proposals with a decision made from {@code from} (inclusive) to {@code to} (exclusive), decisions loaded. */
	@Transactional(readOnly = true)
	public List<Proposal> decidedBetween(Instant from, Instant to) {
		List<Proposal> decided = proposals.findDecidedBetween(from, to);
		decided.forEach(Proposal::loadAllRecords);
		return decided;
	}

	private Proposal load(String reference) {
		return proposals.findByReference(reference).orElseThrow(() -> new ProposalNotFoundException(reference));
	}

	/** Saving is what publishes the transition's event. */
	private void change(String reference, Consumer<Proposal> transition) {
		Proposal proposal = load(reference);
		transition.accept(proposal);
		proposals.save(proposal);
	}

	/** The engine's clock, so that tests which move it also move the record's timestamps. */
	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
