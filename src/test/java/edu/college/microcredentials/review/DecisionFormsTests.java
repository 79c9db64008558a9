package edu.college.microcredentials.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every decision keeps the reason its decider gives: each decision form shows its reason field whatever the decision,
 * labelled optional for exactly the outcomes that need none ({@link DecisionSettings}); the server refuses the other
 * outcomes without one.
 */
class DecisionFormsTests {

	private final DecisionSettings settings = new DecisionSettings(null);

	@Test
	void everyDecisionFormShowsItsReasonAndCallsItOptionalForExactlyTheOutcomesThatNeedNone() throws IOException {
		int decisionForms = 0;
		for (File form : new File("forms").listFiles((folder, name) -> name.endsWith(".form"))) {
			JsonNode components = new ObjectMapper().readTree(form).path("components");
			JsonNode decision = field(components, "decision");
			if (decision == null) {
				continue;
			}
			decisionForms++;
			JsonNode reason = field(components, "reason");
			assertThat(reason).as("%s has a reason field", form).isNotNull();
			assertThat(reason.has("conditional")).as("%s never hides its reason", form).isFalse();
			String label = reason.path("label").asText();
			for (JsonNode option : decision.path("values")) {
				String outcome = option.path("value").asText();
				assertThat(label.contains("\"" + outcome + "\"")).as("%s: reason optional for '%s'", form, outcome)
					.isEqualTo(!settings.needsReason(outcome));
			}
		}
		assertThat(decisionForms).isEqualTo(6);
	}

	private static JsonNode field(JsonNode components, String key) {
		for (JsonNode component : components) {
			if (key.equals(component.path("key").asText())) {
				return component;
			}
			JsonNode nested = field(component.path("components"), key);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

}
