package edu.college.microcredentials.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;

/** Concept forms as Tasklist submits them, for the demo proposals and the tests. */
public final class DemoConcepts {

	/** The first day of the month nine months from now: a launch date every concept rule accepts, whenever it runs. */
	public static final String LAUNCH = LocalDate.now().plusMonths(9).withDayOfMonth(1).toString();

	private DemoConcepts() {
	}

	/** A concept that meets every rule: a new micro-credential. */
	public static Map<String, Object> venipuncture() {
		Map<String, Object> form = new HashMap<>();
		form.put("title", "Venipuncture Techniques");
		form.put("programArea", "Laboratory Sciences");
		form.put("programType", "new");
		form.put("targetAudience", "Medical laboratory assistants already working in hospitals");
		form.put("purpose", "Upskill practising assistants in safe blood collection");
		form.put("evidenceOfDemand", "Twelve partner hospitals report shortages of trained phlebotomists");
		form.put("similarCredentials", "None in the region");
		form.put("impactOnExistingPrograms", "Complements the MLA diploma; no overlap");
		form.put("competency1", "Perform venipuncture on adults");
		form.put("competency1EscoUri", "http://data.europa.eu/esco/skill/f3b2ee0c-7b67-4c18-9c2b-2d4b4b2a9f3e");
		form.put("competency2", "Label and handle specimens");
		form.put("competency3", "Apply infection prevention and control");
		form.put("learningOutcomes", "Collect blood safely; label specimens correctly; prevent infections");
		form.put("summativeAssessment", "Observed practical demonstration on a simulator and in a clinical lab");
		form.put("assessmentMethods", Spin.JSON(List.of("demonstration", "practicalExam")));
		form.put("instructionalHours", 40);
		form.put("durationWeeks", 6);
		form.put("deliveryMode", "blended");
		form.put("facilitationModel", "fullyFacilitated");
		form.put("proposedLaunch", LAUNCH);
		form.put("reviewFrequencyMonths", 12);
		form.put("industryPartner", "Toronto General Hospital laboratory");
		form.put("partnerEndorses", true);
		form.put("educationPlanAlignment", "Supports the plan's goal of workforce-ready health skills");
		form.put("stackable", false);
		form.put("resourcesNeeded", "Simulation lab time, one faculty lead");
		return form;
	}

	/** An existing program converted into a micro-credential. */
	public static Map<String, Object> convertedHematology() {
		Map<String, Object> form = venipuncture();
		form.put("title", "Hematology for MLA");
		form.put("programType", "conversion");
		form.put("existingProgram", "MLA Diploma, Hematology module");
		return form;
	}

	/** A concept converting part of an existing program. */
	public static Map<String, Object> convertedContrastInjection() {
		Map<String, Object> form = venipuncture();
		form.put("title", "Contrast Injection for Radiological Technologists");
		form.put("programArea", "Medical Imaging");
		form.put("programType", "conversion");
		form.put("existingProgram", "Medical Radiation Sciences, contrast media module");
		form.put("competency1", "Prepare and inject contrast media");
		form.put("competency1EscoUri", null);
		form.put("competency2", "Recognise and manage adverse reactions");
		form.put("competency3", "Apply radiation safety");
		return form;
	}

	/** A new concept in nursing. */
	public static Map<String, Object> ivInsertion() {
		Map<String, Object> form = venipuncture();
		form.put("title", "IV Insertion and Maintenance");
		form.put("programArea", "Nursing");
		form.put("competency1", "Insert a peripheral IV catheter");
		form.put("competency1EscoUri", null);
		form.put("competency2", "Maintain and remove an IV line");
		form.put("competency3", "Document IV therapy");
		form.put("instructionalHours", 24);
		form.put("durationWeeks", 4);
		form.put("stackable", true);
		form.put("pathway", "Advanced Clinical Skills certificate");
		return form;
	}

	/** The advisory team's full proposal form. */
	public static Map<String, Object> fullProposal() {
		return new HashMap<>(Map.of("developmentPlan", "Design in winter, pilot with 12 learners in spring",
				"resourcePlan", "Faculty lead 0.2 FTE; lab technologist 2 days a month", "badgeDescription",
				"Holders perform the procedure safely and document it", "badgeCriteria",
				"Pass the observed practical demonstration and the portfolio review"));
	}

	/** The CE team's advisory team: adam leads, ava joins, no extra resources asked of the requesting area. */
	public static Map<String, Object> advisoryTeam() {
		return new HashMap<>(Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers", Spin.JSON(List.of("ava")),
				"resourcesRequested", false));
	}

	/**
	 * A concept its form accepts but the rules do not: no competency, no partner, multiple choice alone and a launch
	 * date that has passed. It goes back to its author with these four problems.
	 */
	public static Map<String, Object> breakingTheRules() {
		Map<String, Object> form = venipuncture();
		form.remove("competency1");
		form.remove("competency1EscoUri");
		form.remove("competency2");
		form.remove("competency3");
		form.remove("industryPartner");
		form.put("partnerEndorses", false);
		form.put("assessmentMethods", Spin.JSON(List.of("multipleChoice")));
		form.put("proposedLaunch", "2020-01-01");
		return form;
	}

}
