package edu.college.microcredentials.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import edu.college.microcredentials.proposal.FullProposal;

/**
 * The standard elements of a micro-credential of Council Recommendation 2022/C 243/02, Annex I: the mandatory ones
 * (part I) and the optional ones the college fills (part II), as they read in the catalogue and its feed.
 */
final class EuropeanElements {

	/** One element: its key in the feed, its name in the Recommendation, its value (never empty). */
	record Element(String key, String name, String value, boolean mandatory) {
	}

	private EuropeanElements() {
	}

	static List<Element> of(CatalogueEntry entry, IssuerSettings issuer, CatalogueSettings college) {
		List<Element> elements = new ArrayList<>();
		elements.add(mandatory("title", "Title of the micro-credential", entry.getTitle()));
		elements.add(mandatory("awardingBody", "Awarding body", issuer.name()));
		elements.add(mandatory("country", "Country of the awarding body", country(college.country())));
		elements.add(mandatory("dateOfIssue", "Date of issue",
				"the day each learner is awarded it; offered since "
						+ LocalDate.ofInstant(entry.getPublishedAt(), ZoneId.systemDefault())));
		elements.add(mandatory("learningOutcomes", "Learning outcomes", entry.getLearningOutcomes()));
		elements.add(mandatory("notionalWorkload", "Notional workload", workload(entry, college)));
		elements.add(mandatory("eqfLevel", "Level (EQF)",
				entry.getEqfLevel() == null ? "not applicable" : "EQF level " + entry.getEqfLevel()));
		elements.add(mandatory("typeOfAssessment", "Type of assessment", assessment(entry)));
		elements.add(mandatory("formOfParticipation", "Form of participation",
				Wording.formOfParticipation(entry.getDeliveryMode())));
		elements.add(mandatory("qualityAssurance", "Type of quality assurance", college.qualityAssurance()));
		elements.add(optional("prerequisites", "Prerequisites needed to enrol",
				entry.getPrerequisites() == null ? "none" : entry.getPrerequisites()));
		elements.add(optional("supervisionAndIdentityVerification",
				"Supervision and identity verification during assessment",
				entry.getAssessmentSupervision() == null ? null
						: FullProposal.ASSESSMENT_SUPERVISION.getOrDefault(entry.getAssessmentSupervision(),
								entry.getAssessmentSupervision())));
		elements.add(optional("stackability", "Integration or stackability options", stackability(entry)));
		elements.add(optional("furtherInformation", "Further information",
				(entry.getFurtherInformation() == null ? "" : entry.getFurtherInformation() + "\n")
						+ "Industry partner: " + entry.getIndustryPartner() + ". Language: " + language(college.language())
						+ "."));
		return elements;
	}

	/** The country's English name with its ISO code: {@code Canada (CA)}. */
	static String country(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
	}

	static String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

	/** ECTS credits from the notional workload the full proposal gave, else from the instructional hours. */
	static BigDecimal ectsCredits(CatalogueEntry entry, CatalogueSettings college) {
		return college.ectsCredits(entry.getNotionalWorkloadHours() != null ? entry.getNotionalWorkloadHours()
				: entry.getInstructionalHours());
	}

	private static String workload(CatalogueEntry entry, CatalogueSettings college) {
		BigDecimal ects = ectsCredits(entry, college);
		String credits = ects == null ? ""
				: "; %s ECTS credits at %d hours a credit".formatted(ects.toPlainString(), college.hoursPerEctsCredit());
		if (entry.getNotionalWorkloadHours() != null) {
			return "%d hours of learning, %d of them instructional, over %d weeks%s".formatted(
					entry.getNotionalWorkloadHours(), entry.getInstructionalHours(), entry.getDurationWeeks(), credits);
		}
		return "%d instructional hours over %d weeks%s (from the instructional hours: the full proposal gave no notional workload)"
			.formatted(entry.getInstructionalHours(), entry.getDurationWeeks(), credits);
	}

	private static String assessment(CatalogueEntry entry) {
		List<String> methods = Wording.assessmentMethods(entry.getAssessmentMethods());
		return methods.isEmpty() ? entry.getSummativeAssessment()
				: String.join(", ", methods) + ": " + entry.getSummativeAssessment();
	}

	private static String stackability(CatalogueEntry entry) {
		if (!entry.isStackable()) {
			return "stand-alone, not part of a larger credential";
		}
		return entry.getPathway() == null || entry.getPathway().isBlank() ? "stackable"
				: "stackable into " + entry.getPathway();
	}

	private static Element mandatory(String key, String name, String value) {
		return new Element(key, name, value == null || value.isBlank() ? "not stated" : value, true);
	}

	private static Element optional(String key, String name, String value) {
		return new Element(key, name, value == null || value.isBlank() ? "not stated" : value, false);
	}

}
