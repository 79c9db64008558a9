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
		summary.put("assessmentMethods", String.join(", ", concept.getAssessmentMethods()));
		summary.put("instructionalHours", String.valueOf(concept.getInstructionalHours()));
		summary.put("durationWeeks", String.valueOf(concept.getDurationWeeks()));
		summary.put("deliveryMode", concept.getDeliveryMode());
		summary.put("facilitationModel", concept.getFacilitationModel());
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

	private static String competency(Competency competency) {
		return "- " + competency.name() + (competency.hasEscoUri() ? " (" + competency.escoUri() + ")" : "");
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
