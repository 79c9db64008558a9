package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import edu.college.microcredentials.process.DemoConcepts;

class RevisionChangesTests {

	@Test
	void aRevisionNamesEachFieldItChangedWithTheTextBeforeAndAfter() {
		Map<String, Object> first = DemoConcepts.venipuncture();
		Map<String, Object> second = DemoConcepts.venipuncture();
		second.put("durationWeeks", 8);
		second.remove("competency3");

		assertThat(ConceptForm.read(second::get).changesFrom(ConceptForm.read(first::get)))
			.extracting(FieldChange::field, FieldChange::label, FieldChange::earlier, FieldChange::later)
			.containsExactly(tuple("durationWeeks", "Duration in weeks", "6", "8"),
					tuple("competencies", "Competencies",
							"Perform venipuncture on adults\nLabel and handle specimens\nApply infection prevention and control",
							"Perform venipuncture on adults\nLabel and handle specimens"));
	}

	@Test
	void anUnchangedRevisionChangesNothing() {
		Concept concept = ConceptForm.read(DemoConcepts.venipuncture()::get);

		assertThat(ConceptForm.read(DemoConcepts.venipuncture()::get).changesFrom(concept)).isEmpty();
	}

}
