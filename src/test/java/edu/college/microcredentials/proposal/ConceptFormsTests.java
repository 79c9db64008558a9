package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.FormFile;

/**
 * The forms that edit the concept carry its fields exactly as the concept form does, since {@link ConceptForm} reads
 * and fills them all by the same keys; the advisory team's form answers every criterion the quality review can find
 * not met.
 */
class ConceptFormsTests {

	@Test
	void addressQualityFindingsCarriesEveryConceptFieldAsTheConceptFormDoes() {
		FormFile conceptForm = FormFile.read("submitConcept");
		FormFile teamForm = FormFile.read("addressQualityFindings");

		for (String key : ConceptForm.fieldNames()) {
			assertThat(teamForm.field(key)).as(key).isPresent().isEqualTo(conceptForm.field(key));
		}
	}

	@Test
	void addressQualityFindingsAnswersEveryCriterionOfTheQualityReview() {
		FormFile teamForm = FormFile.read("addressQualityFindings");

		for (JsonNode criterion : FormFile.read("reviewCurriculumQuality").fields()) {
			if (!"radio".equals(criterion.path("type").asText())) {
				continue;
			}
			String key = criterion.path("key").asText();
			JsonNode response = teamForm.field(RecordTeamRevision.responseOf(key)).orElse(null);
			assertThat(response).as("response to %s", key).isNotNull();
			assertThat(response.path("conditional").path("hide").asText()).as("shown only for a finding on %s", key)
				.isEqualTo("=proposal.findings." + key + " = null");
		}
	}

}
