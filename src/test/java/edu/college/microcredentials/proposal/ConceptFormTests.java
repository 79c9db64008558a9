package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.FormFile;
import edu.college.microcredentials.process.FormText;

/** How Tasklist's concept form becomes a {@link Concept} and back, without an engine. */
class ConceptFormTests {

	@Test
	void everyFieldOfTheConceptFormIsMappedAndNothingElse() {
		assertThat(ConceptForm.fieldNames()).containsExactlyInAnyOrderElementsOf(FormFile.read("submitConcept").keys());
	}

	@Test
	void theAuthorGetsBackEverythingTheyTyped() {
		Map<String, Object> typed = DemoConcepts.ivInsertion();

		Map<String, Object> shownAgain = ConceptForm.values(ConceptForm.read(typed::get));

		Map<String, Object> expected = new HashMap<>(typed);
		ConceptForm.fieldNames().forEach(key -> expected.putIfAbsent(key, null));
		assertThat(comparable(shownAgain)).isEqualTo(comparable(expected));
	}

	@Test
	void numbersArriveAsAnyNumberOrAsText() {
		Map<String, Object> typed = DemoConcepts.venipuncture();
		typed.put("instructionalHours", 40.0);
		typed.put("durationWeeks", " 6 ");
		typed.put("reviewFrequencyMonths", 12L);

		Concept concept = ConceptForm.read(typed::get);

		assertThat(concept.getInstructionalHours()).isEqualTo(40);
		assertThat(concept.getDurationWeeks()).isEqualTo(6);
		assertThat(concept.getReviewFrequencyMonths()).isEqualTo(12);
	}

	@Test
	void aValueThatIsNotAWholeNumberIsLeftEmptyForTheRulesToName() {
		Map<String, Object> typed = DemoConcepts.venipuncture();
		typed.put("instructionalHours", 40.5);
		typed.put("durationWeeks", "six");

		Concept concept = ConceptForm.read(typed::get);

		assertThat(concept.getInstructionalHours()).isNull();
		assertThat(concept.getDurationWeeks()).isNull();
		assertThat(new ConceptRules().problemsOf(concept)).contains(
				"Instructional hours must be between 5 and 300 (given: none).",
				"A micro-credential is delivered in 11 weeks or less (given: none).");
	}

	@Test
	void blankAnswersAndBlankCompetenciesAreNotKept() {
		Map<String, Object> typed = DemoConcepts.venipuncture();
		typed.put("similarCredentials", "   ");
		typed.put("competency4", " ");
		typed.put("competency4EscoUri", "http://data.europa.eu/esco/skill/ignored");

		Concept concept = ConceptForm.read(typed::get);

		assertThat(concept.getSimilarCredentials()).isNull();
		assertThat(concept.getCompetencies()).extracting(Competency::name).containsExactly(
				"Perform venipuncture on adults", "Label and handle specimens", "Apply infection prevention and control");
	}

	@Test
	void aDeciderReadsCodedChoicesInWordsAndEmptyAnswersAsEmpty() {
		Map<String, String> shown = ConceptForm.display(ConceptForm.read(DemoConcepts.convertedHematology()::get));

		assertThat(shown).contains(entry("programType", "conversion"),
				entry("existingProgram", "MLA Diploma, Hematology module"), entry("deliveryMode", "blended"),
				entry("facilitationModel", "fully facilitated"),
				entry("assessmentMethods", "demonstration, practical exam"), entry("instructionalHours", "40"),
				entry("partnerEndorses", "yes"), entry("stackable", "no"), entry("competencies", """
						- Perform venipuncture on adults (%s)
						- Label and handle specimens
						- Apply infection prevention and control""".formatted(FormText.literal(
						"http://data.europa.eu/esco/skill/f3b2ee0c-7b67-4c18-9c2b-2d4b4b2a9f3e"))));
		assertThat(shown).containsEntry("pathway", null).containsOnlyKeys(keysShown());
	}

	private static List<String> keysShown() {
		List<String> keys = new ArrayList<>(ConceptField.ALL.stream().map(ConceptField::key).toList());
		keys.add("competencies");
		return keys;
	}

	/** Spin's JSON nodes compare by identity; their text says what they hold. */
	private static Map<String, Object> comparable(Map<String, Object> form) {
		Map<String, Object> comparable = new HashMap<>();
		form.forEach((key, value) -> comparable.put(key, value instanceof SpinJsonNode json ? json.toString()
				: value instanceof List<?> list ? list.toString() : value));
		return comparable;
	}

}
