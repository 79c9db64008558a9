package edu.college.microcredentials.tasklist;

import java.time.LocalDate;
import java.util.Map;

import edu.college.microcredentials.process.DemoConcepts;

/** A program area's concept, typed into the concept form field by field as its author would. */
final class ConceptTyping {

	static final LocalDate LAUNCH = LocalDate.parse(DemoConcepts.LAUNCH);

	private ConceptTyping() {
	}

	/** Fills in every field of {@code forms/submitConcept.form} with a concept that meets every rule. */
	static CamundaForm fillIn(CamundaForm form, String title) {
		return form.type("title", title)
			.type("programArea", "Laboratory Sciences")
			.choose("programType", "new")
			.type("targetAudience", "Clinic assistants who draw blood in community clinics")
			.type("purpose", "Upskill practising assistants in safe blood collection")
			.type("evidenceOfDemand", "Eight community clinics report shortages of trained phlebotomists")
			.type("similarCredentials", "None in the region")
			.type("impactOnExistingPrograms", "Complements the MLA diploma; no overlap")
			.type("competency1", "Perform venipuncture on adults")
			.type("competency1EscoUri", "http://data.europa.eu/esco/skill/f3b2ee0c-7b67-4c18-9c2b-2d4b4b2a9f3e")
			.type("competency2", "Label and handle specimens")
			.type("competency3", "Apply infection prevention and control")
			.type("learningOutcomes", "Collect blood safely; label specimens correctly; prevent infections")
			.type("summativeAssessment", "Observed practical demonstration on a simulator and in a clinic")
			.tick("assessmentMethods", "demonstration", "practicalExam")
			.type("instructionalHours", 40)
			.type("durationWeeks", 6)
			.select("deliveryMode", "blended")
			.choose("facilitationModel", "fullyFacilitated")
			.date("proposedLaunch", LAUNCH)
			.type("industryPartner", "Riverside Community Health Centre")
			.check("partnerEndorses", true)
			.type("educationPlanAlignment", "Supports the plan's goal of workforce-ready health skills")
			.type("resourcesNeeded", "Simulation lab time, one faculty lead")
			// still there: Tasklist may have been setting the form up while the first field was typed
			.type("title", title);
	}

	/** The same kind of concept as Tasklist would submit it, for steps a test does not click through. */
	static Map<String, Object> submitted(String title) {
		Map<String, Object> concept = DemoConcepts.venipuncture();
		concept.put("title", title);
		return concept;
	}

}
