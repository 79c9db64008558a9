package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything the process does to a proposal's record; delegates and listeners call this, never the repository. */
@Service
@Transactional
public class ProposalService {

	private static final String REFERENCE_FORMAT = "MC-%d-%04d";

	private final ProposalRepository proposals;

	private final ReferenceCounterRepository counters;

	private final ConceptRules rules;

	ProposalService(ProposalRepository proposals, ReferenceCounterRepository counters, ConceptRules rules) {
		this.proposals = proposals;
		this.counters = counters;
		this.rules = rules;
	}

	/** Opens the record of a newly submitted concept and gives it its reference, e.g. {@code MC-2026-0001}. */
	public Proposal register(Concept concept, String author) {
		Instant now = now();
		int year = Year.from(now.atZone(ZoneId.systemDefault())).getValue();
		// the year's counter row is locked until this submission commits; the very first of a year creates it
		ReferenceCounter counter = counters.lockYear(year)
			.orElseGet(() -> counters.saveAndFlush(new ReferenceCounter(year)));
		Proposal proposal = new Proposal(REFERENCE_FORMAT.formatted(year, counter.next()), author, now);
		proposal.addRevision(concept, author, now);
		return proposals.save(proposal);
	}

	/** Checks the latest revision against the rules, records what is wrong and returns it. */
	public List<String> validate(String reference) {
		Concept concept = find(reference).currentConcept();
		List<String> problems = rules.problemsOf(concept);
		concept.recordProblems(problems);
		return problems;
	}

	public void revise(String reference, Concept concept, String author) {
		find(reference).addRevision(concept, author, now());
	}

	public void recordDecision(String reference, StageDecision decision) {
		find(reference).addDecision(decision.stage(), decision.stageName(), decision.outcome(), decision.reason(),
				decision.decidedBy(), now(), decision.details());
	}

	public void formAdvisoryTeam(String reference, String lead, List<String> members, String resourceRequest) {
		find(reference).formAdvisoryTeam(lead, members, resourceRequest);
	}

	public void writeFullProposal(String reference, String developmentPlan, String resourcePlan,
			String badgeDescription, String badgeCriteria) {
		find(reference).writeFullProposal(developmentPlan, resourcePlan, badgeDescription, badgeCriteria);
	}

	public void enterStage(String reference, String stage) {
		find(reference).enterStage(stage);
	}

	public void close(String reference, ProposalStatus status) {
		find(reference).close(status, now());
	}

	/** The whole record, decisions included, usable outside a transaction. */
	@Transactional(readOnly = true)
	public Proposal find(String reference) {
		Proposal proposal = proposals.findByReference(reference)
			.orElseThrow(() -> new ProposalNotFoundException(reference));
		Hibernate.initialize(proposal.getDecisions());
		return proposal;
	}

	/** The engine's clock, so that tests which move it also move the record's timestamps. */
	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
