package edu.college.microcredentials.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * Finds proposals and published credentials by words (title, competencies, learning outcomes, partner, program area),
 * filters and sorts them, and finds those most similar to a concept, each only for who may read it
 * ({@link Proposal#mayBeReadBy}: the roles that read every proposal see all, others what they wrote or develop).
 */
@Service
@Transactional(readOnly = true)
public class Register {

	static final String[] WORD_FIELDS = { "title", "competencies", "learningOutcomes", "industryPartner",
			"programArea" };

	/** Marks a matched word in a highlight; never typed by anyone, so the rest can be escaped. */
	private static final String START = "\u0002";

	private static final String END = "\u0003";

	private static final Pattern MATCHED = Pattern.compile(START + "(.*?)" + END);

	private static final Map<String, String> LABELS = Map.of("title", "title", "competencies", "competencies",
			"learningOutcomes", "learning outcomes", "purpose", "purpose", "programArea", "program area",
			"industryPartner", "industry partner");

	private final EntityManager entityManager;

	private final ProposalService proposals;

	Register(EntityManager entityManager, ProposalService proposals) {
		this.entityManager = entityManager;
		this.proposals = proposals;
	}

	/** The sort orders people choose from. */
	public enum Order {

		RELEVANCE("best match"), NEWEST("newest first"), REFERENCE("reference"), TITLE("title"),
		LONGEST_IN_STAGE("longest in its stage"), DUE("due soonest");

		private final String label;

		Order(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** What someone asks of the register; every part may be empty. */
	public record Query(String words, String stage, ProposalStatus status, String programArea, boolean overdue,
			Order order) {

		public Query {
			order = order == null ? (words == null || words.isBlank() ? Order.NEWEST : Order.RELEVANCE) : order;
		}

		static Query all() {
			return new Query(null, null, null, null, false, null);
		}

	}

	/** One page of what was found, how many in all, and the counts the filters offer. */
	record Page(List<RegisterEntry> entries, long total, Map<String, Long> stages, Map<String, Long> statuses,
			Map<String, Long> programAreas) {
	}

	/** A proposal or credential like the concept, with the words that made it match, by field. */
	public record Similar(String reference, String title, ProposalStatus status, String stage, float score,
			List<Reason> reasons) {

		/** Every matched word by field, for instance {@code title: venipuncture; competencies: perform, adults}. */
		public String why() {
			return String.join("; ", reasons.stream().map(reason -> reason.field() + ": "
					+ String.join(", ", reason.words())).toList());
		}

		/** The matched words, at most four of each field, for a table cell. */
		public String briefly() {
			return String.join("; ", reasons.stream().map(reason -> reason.field() + ": "
					+ String.join(", ", reason.words().stream().limit(4).toList())
					+ (reason.words().size() > 4 ? " …" : "")).toList());
		}

	}

	/** The words of one field that matched, and the passage they are in (HTML, matched words in {@code <mark>}). */
	public record Reason(String field, List<String> words, String passageHtml) {
	}

	Page search(Query query, String userId, Collection<String> groupIds, int first, int max) {
		Instant now = Instant.now();
		AggregationKey<Map<String, Long>> stages = AggregationKey.of("stages");
		AggregationKey<Map<String, Long>> statuses = AggregationKey.of("statuses");
		AggregationKey<Map<String, Long>> areas = AggregationKey.of("areas");
		SearchResult<RegisterEntry> result = Search.session(entityManager).search(RegisterEntry.class)
			.where((f, root) -> {
				root.add(f.matchAll());
				visibleTo(f, root, userId, groupIds);
				if (query.words() != null && !query.words().isBlank()) {
					root.add(f.simpleQueryString().fields(WORD_FIELDS).matching(query.words())
						.defaultOperator(BooleanOperator.AND));
				}
				if (present(query.stage())) {
					root.add(f.match().field("stage").matching(query.stage()));
				}
				if (query.status() != null) {
					root.add(f.match().field("status").matching(query.status().name()));
				}
				if (present(query.programArea())) {
					root.add(f.match().field("programArea_exact").matching(query.programArea()));
				}
				if (query.overdue()) {
					root.add(f.range().field("dueAt").lessThan(now));
				}
			})
			.sort(f -> order(f, query.order()))
			.aggregation(stages, f -> f.terms().field("stage", String.class).maxTermCount(100))
			.aggregation(statuses, f -> f.terms().field("status", String.class))
			.aggregation(areas, f -> f.terms().field("programArea_exact", String.class).maxTermCount(100))
			.fetch(first, max);
		return new Page(result.hits(), result.total().hitCount(), result.aggregation(stages),
				result.aggregation(statuses), result.aggregation(areas));
	}

	/**
	 * The proposals and credentials most like the latest revision of {@code reference} (itself left out), the most
	 * similar first, published credentials before proposals that match as well; only what the reader may see.
	 */
	public List<Similar> similarTo(String reference, String userId, Collection<String> groupIds, int max) {
		Concept concept = proposals.find(reference).currentConcept();
		String competencies = String.join("\n", concept.getCompetencies().stream().map(Competency::name).toList());
		Map<String, String> asked = new LinkedHashMap<>();
		asked.put("title", concept.getTitle());
		asked.put("competencies", competencies);
		asked.put("learningOutcomes", concept.getLearningOutcomes());
		asked.put("purpose", concept.getPurpose());
		asked.put("programArea", concept.getProgramArea());
		asked.put("industryPartner", concept.getIndustryPartner());
		Map<String, Float> boosts = Map.of("title", 4f, "competencies", 3f, "learningOutcomes", 2f, "purpose", 1f,
				"programArea", 1f, "industryPartner", 0.5f);
		List<String> fields = asked.keySet().stream().toList();
		List<List<?>> hits = Search.session(entityManager).search(RegisterEntry.class)
			.select(f -> f.composite().from(f.entity(), f.score(), f.highlight("title"), f.highlight("competencies"),
					f.highlight("learningOutcomes"), f.highlight("purpose"), f.highlight("programArea"),
					f.highlight("industryPartner")).asList())
			.where((p, root) -> {
				visibleTo(p, root, userId, groupIds);
				root.add(p.not(p.id().matching(reference)));
				var similar = p.bool();
				asked.forEach((field, text) -> {
					if (present(text)) {
						similar.should(p.match().field(field).matching(text).boost(boosts.get(field)));
					}
				});
				root.add(similar);
				// a published credential comes before a proposal that matches as well
				root.add(p.bool().should(p.matchAll()).should(p.terms().field("status")
					.matchingAny(ProposalStatus.PUBLISHED.name(), ProposalStatus.UNDER_REVIEW.name()).boost(0.5f)));
			})
			.highlighter(h -> h.fastVector().tag(START, END).numberOfFragments(1).fragmentSize(160))
			.fetchHits(max);
		List<Similar> similar = new ArrayList<>();
		for (List<?> hit : hits) {
			RegisterEntry entry = (RegisterEntry) hit.get(0);
			List<Reason> reasons = new ArrayList<>();
			for (int i = 0; i < fields.size(); i++) {
				@SuppressWarnings("unchecked")
				List<String> passages = (List<String>) hit.get(i + 2);
				if (!passages.isEmpty()) {
					reasons.add(reason(LABELS.get(fields.get(i)), passages.get(0)));
				}
			}
			similar.add(new Similar(entry.getReference(), entry.getTitle(), entry.getStatus(), entry.getStage(),
					(Float) hit.get(1), reasons));
		}
		return similar;
	}

	/** Who is not in a role that reads every proposal sees what they wrote or develop. */
	private static void visibleTo(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, String userId,
			Collection<String> groupIds) {
		if (userId == null) {
			return;
		}
		if (!Proposal.readsEveryProposal(groupIds)) {
			root.add(f.match().field("readers").matching(userId));
		}
	}

	private static SortFinalStep order(SearchSortFactory f, Order order) {
		return switch (order) {
			case RELEVANCE -> f.score().then().field("submittedAt").desc();
			case NEWEST -> f.field("submittedAt").desc().missing().last().then().field("reference_sort").desc();
			case REFERENCE -> f.field("reference_sort");
			case TITLE -> f.field("title_sort").then().field("reference_sort");
			case LONGEST_IN_STAGE -> f.field("stageSince").asc().missing().last().then().field("reference_sort");
			case DUE -> f.field("dueAt").asc().missing().last().then().field("reference_sort");
		};
	}

	private static Reason reason(String field, String passage) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matched = MATCHED.matcher(passage);
		while (matched.find()) {
			words.add(matched.group(1).toLowerCase());
		}
		String html = HtmlUtils.htmlEscape(passage).replace(START, "<mark>").replace(END, "</mark>");
		return new Reason(field, List.copyOf(words), html);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
