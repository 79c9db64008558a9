package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The forms that edit the concept carry its fields exactly as the concept form does, since {@link ConceptForm} reads
 * and fills them all by the same keys; the advisory team's form answers every criterion the quality review can find
 * not met.
 */
class ConceptFormsTests {

	@Test
	void addressQualityFindingsCarriesEveryConceptFieldAsTheConceptFormDoes() throws IOException {
		Map<String, JsonNode> conceptForm = fieldsByKey("submitConcept");
		Map<String, JsonNode> teamForm = fieldsByKey("addressQualityFindings");

		assertThat(conceptForm).containsKeys(ConceptForm.fieldNames().toArray(String[]::new));
		for (String key : ConceptForm.fieldNames()) {
			assertThat(teamForm.get(key)).as(key).isEqualTo(conceptForm.get(key));
		}
	}

	@Test
	void addressQualityFindingsAnswersEveryCriterionOfTheQualityReview() throws IOException {
		Map<String, JsonNode> teamForm = fieldsByKey("addressQualityFindings");

		for (JsonNode criterion : fieldsByKey("reviewCurriculumQuality").values()) {
			if (!"radio".equals(criterion.path("type").asText())) {
				continue;
			}
			String key = criterion.path("key").asText();
			JsonNode response = teamForm.get(RecordTeamRevision.responseOf(key));
			assertThat(response).as("response to %s", key).isNotNull();
			assertThat(response.path("conditional").path("hide").asText()).as("shown only for a finding on %s", key)
				.isEqualTo("=proposal.findings." + key + " = null");
		}
	}

	private static Map<String, JsonNode> fieldsByKey(String formId) throws IOException {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		collect(new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile()).path("components"), fields);
		return fields;
	}

	private static void collect(JsonNode components, Map<String, JsonNode> fields) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				fields.put(component.get("key").asText(), component);
			}
			collect(component.path("components"), fields);
		}
	}

}
