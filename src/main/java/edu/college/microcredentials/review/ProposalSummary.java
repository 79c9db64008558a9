package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.FormText.literal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import edu.college.microcredentials.document.DocumentListing;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.ConceptForm;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.FullProposal;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.QualityFinding;

/**
 * The read-only dossier the decision forms show as {@code {{proposal.title}}}, {@code {{proposal.assessment}}} and
 * so on: the concept by the keys of {@code forms/submitConcept.form} ({@link ConceptForm#display}), then each
 * decision and document of the proposal's development. Every value is display text (markdown), so the forms need no
 * logic; only {@code findings} is an object: per criterion key, the latest quality review's {@code finding} and the
 * advisory team's {@code response}, for the forms that show them beside each criterion; and {@code documents} is a
 * list, in the order they were added, of {@code name}, {@code addedBy} (a name, or the user id), {@code addedAt} (the
 * day) and {@code url} (where the application serves it), for the forms to loop over. Whatever comes from the
 * record is {@link edu.college.microcredentials.process.FormText#literal literal} text; only the summary's own
 * framing (bold outcomes, lists) is markup.
 */
final class ProposalSummary {

	static final String ASSESSMENT = "assessConcept";

	static final String ENDORSEMENT = "endorseConcept";

	static final String RESOURCES_CONFIRMATION = "confirmResources";

	static final String QUALITY_REVIEW = "reviewCurriculumQuality";

	static final String FULL_PROPOSAL_REVIEW = "reviewFullProposal";

	/** The steps whose decisions the summary quotes, by their ids in micro-credential-development.bpmn. */
	static final List<String> QUOTED_STEPS = List.of(ASSESSMENT, ENDORSEMENT, RESOURCES_CONFIRMATION, QUALITY_REVIEW,
			FULL_PROPOSAL_REVIEW);

	private static final String NONE = "—";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());

	private ProposalSummary() {
	}

	static Map<String, Object> of(Proposal proposal, List<DocumentListing> documents) {
		Concept concept = proposal.currentConcept();
		Map<String, Object> summary = new LinkedHashMap<>(ConceptForm.display(concept));
		summary.put("reference", literal(proposal.getReference()));
		summary.put("author", literal(proposal.getAuthor()));
		summary.put("revision", String.valueOf(concept.getRevision()));
		summary.put("revisionLabel", revisionLabel(concept));
		summary.put("programTypeLabel", concept.isConversion()
				? "Conversion of " + orNone(literal(concept.getExistingProgram())) : "New micro-credential");
		summary.put("assessment", latest(proposal, ASSESSMENT).map(ProposalSummary::decision).orElse(null));
		summary.put("endorsement", latest(proposal, ENDORSEMENT).map(ProposalSummary::decision).orElse(null));
		summary.put("advisoryTeam", advisoryTeam(proposal));
		summary.put("resourcesCommitment", resourcesCommitment(proposal));
		summary.put("qualityReview", qualityReview(proposal));
		summary.put("findings", findings(proposal));
		summary.put("developmentPlan", literal(proposal.getDevelopmentPlan()));
		summary.put("resourcePlan", literal(proposal.getResourcePlan()));
		summary.put("badgeDescription", literal(proposal.getBadgeDescription()));
		summary.put("badgeCriteria", literal(proposal.getBadgeCriteria()));
		summary.put("catalogueElements", catalogueElements(proposal));
		summary.put("fullProposalReview",
				latest(proposal, FULL_PROPOSAL_REVIEW).map(ProposalSummary::decision).orElse(null));
		summary.put("publishedOn", proposal.getPublishedAt() == null ? null : DAY.format(proposal.getPublishedAt()));
		summary.put("lastReason", literal(proposal.lastDecision().map(Decision::getReason).orElse(null)));
		summary.replaceAll((key, value) -> value == null || value instanceof String text && text.isBlank() ? NONE : value);
		summary.put("documents", documents.stream().map(ProposalSummary::document).toList());
		return summary;
	}

	private static Map<String, String> document(DocumentListing document) {
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put("name", literal(document.fileName()));
		shown.put("addedBy", literal(document.addedByName()));
		shown.put("addedAt", DAY.format(document.addedAt()));
		shown.put("url", document.url());
		return shown;
	}

	/** Which revision the deciders read and who wrote it, e.g. 2, revised by the advisory team. */
	private static String revisionLabel(Concept concept) {
		if (concept.isRevisedByAdvisoryTeam()) {
			return concept.getRevision() + ", revised by the advisory team";
		}
		return concept.getRevision() == 1 ? "1" : concept.getRevision() + ", revised by the author";
	}

	private static String advisoryTeam(Proposal proposal) {
		return String.join(", ", proposal.advisoryTeamMembers().stream()
			.map(member -> literal(member) + (member.equals(proposal.getAdvisoryTeamLead()) ? " (lead)" : ""))
			.toList());
	}

	/** What the requesting area was asked to commit when the advisory team was formed, and the author's answer. */
	private static String resourcesCommitment(Proposal proposal) {
		if (proposal.advisoryTeamMembers().isEmpty()) {
			return null;
		}
		if (proposal.getResourceRequest() == null) {
			return "Nothing was asked of the requesting area.";
		}
		return "**Asked of the requesting area:** " + literal(proposal.getResourceRequest()) + "\n\n"
				+ latest(proposal, RESOURCES_CONFIRMATION).map(ProposalSummary::decision).orElse("Not answered yet.");
	}

	/** Every curriculum quality review: its outcome, then each finding with the advisory team's response. */
	private static String qualityReview(Proposal proposal) {
		List<Decision> reviews = proposal.getDecisions().stream()
			.filter(decision -> decision.getStage().equals(QUALITY_REVIEW))
			.toList();
		if (reviews.isEmpty()) {
			return proposal.currentConcept().isConversion() ? "Not reviewed yet."
					: "Not needed unless the routing rules ask for it: an existing program converted, or hours or weeks"
							+ " near the limits (processes/review-routing.dmn).";
		}
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i < reviews.size(); i++) {
			Decision review = reviews.get(i);
			List<String> lines = new ArrayList<>();
			lines.add("Review " + (i + 1) + ": " + outcomeLine(review)
					+ (review.getFindings().isEmpty() ? " — every criterion met" : ""));
			for (QualityFinding finding : review.getFindings()) {
				lines.add("- **" + literal(finding.label()) + ":** " + literal(finding.finding()));
				if (finding.response() != null) {
					lines.add("  - *Advisory team's response:* " + literal(finding.response()).replace("\n", "\n    "));
				}
			}
			paragraphs.add(String.join("\n", lines));
		}
		return String.join("\n\n", paragraphs);
	}

	/** Per criterion key, the latest quality review's finding and, once given, the advisory team's response. */
	private static Map<String, Map<String, String>> findings(Proposal proposal) {
		Map<String, Map<String, String>> findings = new LinkedHashMap<>();
		latest(proposal, QUALITY_REVIEW).map(Decision::getFindings).orElse(List.of()).forEach(finding -> {
			Map<String, String> texts = new LinkedHashMap<>();
			texts.put("finding", literal(finding.finding()));
			if (finding.response() != null) {
				texts.put("response", literal(finding.response()));
			}
			findings.put(finding.criterion(), texts);
		});
		return findings;
	}

	private static Optional<Decision> latest(Proposal proposal, String step) {
		return proposal.getDecisions().stream().filter(decision -> decision.getStage().equals(step))
			.reduce((earlier, later) -> later);
	}

	/** Outcome, who, when and on which revision (**Supported** by colin on 2027-01-02, revision 1), then the reason. */
	private static String decision(Decision decision) {
		String line = outcomeLine(decision);
		return decision.getReason() == null ? line : line + "\n\n*Reason:* " + literal(decision.getReason());
	}

	private static String outcomeLine(Decision decision) {
		return "**" + literal(decision.outcomeInWords()) + "** by " + literal(decision.getDecidedBy()) + " on "
				+ DAY.format(decision.getDecidedAt()) + ", revision " + decision.getRevision();
	}

	private static String orNone(String value) {
		return value == null || value.isBlank() ? NONE : value;
	}

	/** The EU's elements the full proposal gave for the public catalogue, one per line; {@code null} before it. */
	private static String catalogueElements(Proposal proposal) {
		if (proposal.getDevelopmentPlan() == null) {
			return null;
		}
		return String.join("\n\n", List.of(
				"EQF level: " + (proposal.getEqfLevel() == null ? "not applicable" : proposal.getEqfLevel()),
				"Notional workload: " + (proposal.getNotionalWorkloadHours() == null ? "not stated"
						: proposal.getNotionalWorkloadHours() + " hours"),
				"Supervision and identity verification during assessment: "
						+ (proposal.getAssessmentSupervision() == null ? "not stated"
								: FullProposal.ASSESSMENT_SUPERVISION.getOrDefault(proposal.getAssessmentSupervision(),
										literal(proposal.getAssessmentSupervision()))),
				"Prerequisites: " + orNone(literal(proposal.getPrerequisites())),
				"Further information: " + orNone(literal(proposal.getFurtherInformation()))));
	}

}
