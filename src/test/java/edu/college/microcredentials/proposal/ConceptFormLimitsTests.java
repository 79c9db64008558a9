package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.FormFile;

/**
 * The concept form checks in the browser what {@link ConceptRules} checks on the server: the same required fields,
 * the same bounds, the same web-address pattern. The form's validation is the one a Modeler user edits, so each case
 * is read from {@code forms/submitConcept.form} and tried against the rules.
 */
class ConceptFormLimitsTests {

	static final FormFile FORM = FormFile.read("submitConcept");

	final ConceptRules rules = new ConceptRules();

	/** Fields a blank leaves empty; checkboxes and the checklist always carry a value. */
	static Stream<String> blankableFields() {
		return ConceptField.ALL.stream()
			.filter(field -> field.kind() != ConceptField.Kind.YES_NO && field.kind() != ConceptField.Kind.CHOICES)
			.map(ConceptField::key);
	}

	@ParameterizedTest
	@MethodSource("blankableFields")
	void aFieldTheFormRequiresIsOneTheRulesRequireAndNoOther(String key) {
		Map<String, Object> typed = conceptShowing(key);
		typed.put(key, null);

		boolean formRequires = FORM.keysWhere("required").contains(key);

		assertThat(rules.problemsOf(ConceptForm.read(typed::get))).as("problems with %s left blank", key)
			.hasSize(formRequires ? 1 : 0);
	}

	@ParameterizedTest
	@MethodSource("boundedNumbers")
	void theRulesAcceptTheFormsBoundsAndRefuseOneBeyond(String key) {
		JsonNode validate = FORM.field(key).orElseThrow().path("validate");
		int min = validate.get("min").asInt();
		int max = validate.get("max").asInt();

		assertThat(problemsWith(key, min)).isEmpty();
		assertThat(problemsWith(key, max)).isEmpty();
		assertThat(problemsWith(key, min - 1)).hasSize(1);
		assertThat(problemsWith(key, max + 1)).hasSize(1);
	}

	static Stream<String> boundedNumbers() {
		return FORM.fields().stream().filter(field -> "number".equals(field.path("type").asText()))
			.map(field -> field.get("key").asText());
	}

	@ParameterizedTest
	@MethodSource("boundedNumbers")
	void everyNumberOfTheFormIsBounded(String key) {
		JsonNode validate = FORM.field(key).orElseThrow().path("validate");
		assertThat(validate.has("min") && validate.has("max")).as("%s has min and max", key).isTrue();
	}

	static Stream<String> typedTexts() {
		return FORM.fields().stream()
			.filter(field -> List.of("textfield", "textarea").contains(field.path("type").asText()))
			.map(field -> field.get("key").asText());
	}

	@ParameterizedTest
	@MethodSource("typedTexts")
	void theRulesKeepATextAsLongAsTheFormAllowsAndRefuseALongerOne(String key) {
		int maxLength = FORM.field(key).orElseThrow().path("validate").path("maxLength").asInt();
		assertThat(maxLength).as("%s has a maximum length", key).isPositive();
		// an ESCO address counts only beside a competency, and only as a web address
		String fits = key.endsWith("EscoUri") ? "http://" + "x".repeat(maxLength - 7) : "x".repeat(maxLength);

		assertThat(problemsWith(key, fits)).isEmpty();
		assertThat(problemsWith(key, fits + "x")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://data.europa.eu/esco/skill/f3b2ee0c", "https://esco.ec.europa.eu/skill/1",
			"data.europa.eu/esco/skill/1", "ftp://data.europa.eu/esco", "http://", "see the ESCO site" })
	void theFormAndTheRulesAgreeOnWhatIsAnEscoWebAddress(String escoUri) {
		List<String> patterns = Stream.of(1, 2, 3, 4)
			.map(i -> FORM.field("competency" + i + "EscoUri").orElseThrow().path("validate").path("pattern").asText())
			.distinct().toList();
		assertThat(patterns).hasSize(1);

		boolean formAccepts = Pattern.compile(patterns.get(0)).matcher(escoUri).matches();

		assertThat(problemsWith("competency1EscoUri", escoUri)).as(escoUri).hasSize(formAccepts ? 0 : 1);
	}

	@Test
	void theFormOffersAsManyCompetenciesAsTheRulesAllow() {
		assertThat(FORM.field("competency" + ConceptRules.MAX_COMPETENCIES)).isPresent();
		assertThat(FORM.field("competency" + (ConceptRules.MAX_COMPETENCIES + 1))).isEmpty();
		assertThat(ConceptForm.COMPETENCY_FIELDS).isEqualTo(ConceptRules.MAX_COMPETENCIES);
	}

	private List<String> problemsWith(String key, Object value) {
		Map<String, Object> typed = conceptShowing(key);
		if (key.endsWith("EscoUri")) {
			typed.putIfAbsent(key.replace("EscoUri", ""), "Explain IV therapy to patients");
		}
		typed.put(key, value);
		return rules.problemsOf(ConceptForm.read(typed::get));
	}

	/** A concept meeting every rule in which the form shows the field: a conversion, stackable. */
	private static Map<String, Object> conceptShowing(String key) {
		Map<String, Object> typed = DemoConcepts.ivInsertion();
		typed.put("programType", "conversion");
		typed.put("existingProgram", "Practical Nursing diploma, IV therapy module");
		assertThat(new ConceptRules().problemsOf(ConceptForm.read(typed::get))).as("starting point").isEmpty();
		return typed;
	}

}
