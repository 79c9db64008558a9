package edu.college.microcredentials.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import edu.college.microcredentials.proposal.Concept.ProgramType;

/**
 * Translates between the fields of {@code forms/submitConcept.form} (process or task variables) and a
 * {@link Concept}. Values arrive as Tasklist sends them: numbers as any {@link Number} or text, the checklist as a
 * Spin Json array. A value that cannot be read is left empty, so {@link ConceptRules} names it.
 */
final class ConceptForm {

	static final int COMPETENCY_FIELDS = 4;

	private static final List<String> TEXT_FIELDS = List.of("title", "programArea", "existingProgram",
			"targetAudience", "purpose", "evidenceOfDemand", "similarCredentials", "impactOnExistingPrograms",
			"learningOutcomes", "summativeAssessment", "deliveryMode", "facilitationModel", "proposedLaunch",
			"industryPartner", "educationPlanAlignment", "pathway", "resourcesNeeded");

	private ConceptForm() {
	}

	/** Every variable the form writes. */
	static List<String> fieldNames() {
		List<String> names = new ArrayList<>(TEXT_FIELDS);
		names.addAll(List.of("programType", "assessmentMethods", "instructionalHours", "durationWeeks",
				"reviewFrequencyMonths", "partnerEndorses", "stackable"));
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			names.add(competencyField(i));
			names.add(escoField(i));
		}
		return names;
	}

	static Concept read(VariableScope form) {
		Concept.Builder concept = Concept.builder()
			.title(text(form, "title"))
			.programArea(text(form, "programArea"))
			.programType(programType(text(form, "programType")))
			.existingProgram(text(form, "existingProgram"))
			.targetAudience(text(form, "targetAudience"))
			.purpose(text(form, "purpose"))
			.evidenceOfDemand(text(form, "evidenceOfDemand"))
			.similarCredentials(text(form, "similarCredentials"))
			.impactOnExistingPrograms(text(form, "impactOnExistingPrograms"))
			.learningOutcomes(text(form, "learningOutcomes"))
			.summativeAssessment(text(form, "summativeAssessment"))
			.assessmentMethods(list(form.getVariable("assessmentMethods")))
			.instructionalHours(whole(form.getVariable("instructionalHours")))
			.durationWeeks(whole(form.getVariable("durationWeeks")))
			.deliveryMode(text(form, "deliveryMode"))
			.facilitationModel(text(form, "facilitationModel"))
			.proposedLaunch(text(form, "proposedLaunch"))
			.reviewFrequencyMonths(whole(form.getVariable("reviewFrequencyMonths")))
			.industryPartner(text(form, "industryPartner"))
			.partnerEndorses(yes(form.getVariable("partnerEndorses")))
			.educationPlanAlignment(text(form, "educationPlanAlignment"))
			.stackable(yes(form.getVariable("stackable")))
			.pathway(text(form, "pathway"))
			.resourcesNeeded(text(form, "resourcesNeeded"));
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			String name = text(form, competencyField(i));
			if (name != null) {
				concept.competency(name, text(form, escoField(i)));
			}
		}
		return concept.build();
	}

	/** The form's fields filled from a concept, so the author sees everything they typed. */
	static Map<String, Object> values(Concept concept) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", concept.getTitle());
		values.put("programArea", concept.getProgramArea());
		values.put("programType",
				concept.getProgramType() == null ? null : concept.getProgramType().name().toLowerCase());
		values.put("existingProgram", concept.getExistingProgram());
		values.put("targetAudience", concept.getTargetAudience());
		values.put("purpose", concept.getPurpose());
		values.put("evidenceOfDemand", concept.getEvidenceOfDemand());
		values.put("similarCredentials", concept.getSimilarCredentials());
		values.put("impactOnExistingPrograms", concept.getImpactOnExistingPrograms());
		values.put("learningOutcomes", concept.getLearningOutcomes());
		values.put("summativeAssessment", concept.getSummativeAssessment());
		values.put("assessmentMethods", Spin.JSON(concept.getAssessmentMethods()));
		values.put("instructionalHours", concept.getInstructionalHours());
		values.put("durationWeeks", concept.getDurationWeeks());
		values.put("deliveryMode", concept.getDeliveryMode());
		values.put("facilitationModel", concept.getFacilitationModel());
		values.put("proposedLaunch", concept.getProposedLaunch());
		values.put("reviewFrequencyMonths", concept.getReviewFrequencyMonths());
		values.put("industryPartner", concept.getIndustryPartner());
		values.put("partnerEndorses", concept.isPartnerEndorses());
		values.put("educationPlanAlignment", concept.getEducationPlanAlignment());
		values.put("stackable", concept.isStackable());
		values.put("pathway", concept.getPathway());
		values.put("resourcesNeeded", concept.getResourcesNeeded());
		List<Competency> competencies = concept.getCompetencies();
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			Competency competency = i <= competencies.size() ? competencies.get(i - 1) : null;
			values.put(competencyField(i), competency == null ? null : competency.name());
			values.put(escoField(i), competency == null ? null : competency.escoUri());
		}
		return values;
	}

	private static String competencyField(int i) {
		return "competency" + i;
	}

	private static String escoField(int i) {
		return "competency" + i + "EscoUri";
	}

	private static String text(VariableScope form, String name) {
		Object value = form.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		return value.toString().trim();
	}

	private static ProgramType programType(String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "new" -> ProgramType.NEW;
			case "conversion" -> ProgramType.CONVERSION;
			default -> null;
		};
	}

	private static Integer whole(Object value) {
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return number.intValue();
		}
		if (value instanceof String text) {
			try {
				return Integer.valueOf(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static boolean yes(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	private static List<String> list(Object value) {
		List<String> items = new ArrayList<>();
		if (value instanceof SpinJsonNode json && json.isArray()) {
			json.elements().forEach(element -> items.add(element.stringValue()));
		}
		else if (value instanceof List<?> list) {
			list.forEach(element -> items.add(String.valueOf(element)));
		}
		return items;
	}

}
