package edu.college.microcredentials.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;

/**
 * The read-only summary the decision forms show as {@code {{proposal.title}}} and so on: every value is display
 * text (markdown), so the forms need no logic.
 */
final class ProposalSummary {

	/** Display words for the coded choices of the concept form. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("online", "online"),
			Map.entry("inPerson", "in person"), Map.entry("blended", "blended"),
			Map.entry("supervised", "supervised"), Map.entry("lightlyFacilitated", "lightly facilitated"),
			Map.entry("fullyFacilitated", "fully facilitated"), Map.entry("demonstration", "demonstration"),
			Map.entry("performanceEvaluation", "performance evaluation"), Map.entry("videoReview", "video-based review"),
			Map.entry("portfolio", "portfolio"), Map.entry("practicalExam", "practical exam"),
			Map.entry("multipleChoice", "multiple-choice test"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());

	private ProposalSummary() {
	}

	static Map<String, String> of(Proposal proposal) {
		Concept concept = proposal.currentConcept();
		Map<String, String> summary = new LinkedHashMap<>();
		summary.put("reference", proposal.getReference());
		summary.put("title", concept.getTitle());
		summary.put("author", proposal.getAuthor());
		summary.put("revision", String.valueOf(concept.getRevision()));
		summary.put("programArea", concept.getProgramArea());
		summary.put("programTypeLabel", concept.isConversion()
				? "Conversion of " + orDash(concept.getExistingProgram()) : "New micro-credential");
		summary.put("targetAudience", concept.getTargetAudience());
		summary.put("purpose", concept.getPurpose());
		summary.put("evidenceOfDemand", concept.getEvidenceOfDemand());
		summary.put("competencies", concept.getCompetencies().stream().map(ProposalSummary::competency)
			.collect(Collectors.joining("\n")));
		summary.put("learningOutcomes", concept.getLearningOutcomes());
		summary.put("summativeAssessment", concept.getSummativeAssessment());
		summary.put("assessmentMethods",
				concept.getAssessmentMethods().stream().map(ProposalSummary::label).collect(Collectors.joining(", ")));
		summary.put("instructionalHours", String.valueOf(concept.getInstructionalHours()));
		summary.put("durationWeeks", String.valueOf(concept.getDurationWeeks()));
		summary.put("deliveryMode", label(concept.getDeliveryMode()));
		summary.put("facilitationModel", label(concept.getFacilitationModel()));
		summary.put("industryPartner", concept.getIndustryPartner());
		summary.put("partnerEndorses", concept.isPartnerEndorses() ? "yes" : "no");
		summary.put("educationPlanAlignment", concept.getEducationPlanAlignment());
		summary.put("stackable", concept.isStackable() ? "yes, into " + orDash(concept.getPathway()) : "no");
		summary.put("resourcesNeeded", concept.getResourcesNeeded());
		summary.put("advisoryTeam", String.join(", ", proposal.advisoryTeamMembers()));
		summary.put("developmentPlan", proposal.getDevelopmentPlan());
		summary.put("badgeDescription", proposal.getBadgeDescription());
		summary.put("publishedOn", proposal.getPublishedAt() == null ? "" : DAY.format(proposal.getPublishedAt()));
		summary.put("lastReason", proposal.lastDecision().map(Decision::getReason).orElse(""));
		summary.replaceAll((key, value) -> value == null || value.isBlank() ? "—" : value);
		return summary;
	}

	private static String label(String code) {
		return code == null ? null : LABELS.getOrDefault(code, code);
	}

	private static String competency(Competency competency) {
		return "- " + competency.name() + (competency.hasEscoUri() ? " (" + competency.escoUri() + ")" : "");
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
