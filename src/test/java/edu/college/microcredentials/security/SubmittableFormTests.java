package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.FormFile;

/** What a person may send with a form, read from the deployed form files; plain JUnit, no engine. */
class SubmittableFormTests {

	static final SubmittableForm CONCEPT = form("submitConcept");

	static final SubmittableForm ASSESSMENT = form("assessConcept");

	static final SubmittableForm BOARD = form("recordBoardDecision");

	@Test
	void everythingTheConceptFormSendsIsAccepted() {
		assertThat(CONCEPT.problemWith(Variables.fromMap(DemoConcepts.venipuncture()), "Concept submitted")).isEmpty();
	}

	@Test
	void aFieldTheFormDoesNotHaveIsRefusedByName() {
		assertThat(ASSESSMENT.problemWith(values("decision", "supported", "author", "someone-else"), "Assess concept"))
			.contains("\u201cAssess concept\u201d has no field 'author': send only what its form asks.");
	}

	@Test
	void numbersOutsideTheFormsBoundsAreRefusedWhateverTheirSize() {
		assertThat(CONCEPT.problemWith(values("instructionalHours", 4294967316L), "Concept submitted")).hasValueSatisfying(
				problem -> assertThat(problem).startsWith("\u2018Instructional hours\u2019 must be a whole number from 5 to 300"));
		assertThat(CONCEPT.problemWith(values("instructionalHours", 1e12), "Concept submitted")).isPresent();
		assertThat(CONCEPT.problemWith(values("instructionalHours", 12.5), "Concept submitted")).isPresent();
		assertThat(CONCEPT.problemWith(values("instructionalHours", "twelve"), "Concept submitted"))
			.contains("\u2018Instructional hours\u2019 must be a number.");
		assertThat(CONCEPT.problemWith(values("instructionalHours", 300), "Concept submitted")).isEmpty();
	}

	@Test
	void textLongerThanTheFormAllowsIsRefused() {
		assertThat(CONCEPT.problemWith(values("title", "x".repeat(201)), "Concept submitted"))
			.contains("\u2018Title of the micro-credential\u2019 is longer than 200 characters (it has 201).");
		assertThat(ASSESSMENT.problemWith(values("reason", "x".repeat(4001)), "Assess concept")).isPresent();
	}

	@Test
	void choicesMustBeOptionsOfTheForm() {
		assertThat(ASSESSMENT.problemWith(values("decision", "approvedBySmt"), "Assess concept")).hasValueSatisfying(
				problem -> assertThat(problem).contains("must be one of: supported, notSupported, moreInformation (given: approvedBySmt)"));
		assertThat(CONCEPT.problemWith(values("assessmentMethods", List.of("demonstration", "bribe")), "Concept submitted"))
			.isPresent();
		assertThat(CONCEPT.problemWith(values("assessmentMethods", Variables.objectValue(List.of("demonstration"))
			.serializationDataFormat("application/json").create()), "Concept submitted")).isPresent();
	}

	@Test
	void datesMustBeDates() {
		assertThat(CONCEPT.problemWith(values("proposedLaunch", "not a date"), "Concept submitted"))
			.contains("\u2018Proposed launch date\u2019 must be a date like 2027-03-18 (given: not a date).");
		assertThat(BOARD.problemWith(values("meetingDate", "2027-03-18"), "Record Board decision")).isEmpty();
	}

	@Test
	void requiredFieldsSentEmptyAreRefusedButHiddenOnesMayBeLeftOut() {
		assertThat(ASSESSMENT.problemWith(values("decision", ""), "Assess concept"))
			.hasValueSatisfying(problem -> assertThat(problem).endsWith("is required."));
		assertThat(CONCEPT.problemWith(values("title", "Venipuncture"), "Concept submitted")).isEmpty();
	}

	@Test
	void objectsFilesAndJavaTypesAreNeverAnAnswer() {
		assertThat(ASSESSMENT.problemWith(values("reason", Variables.serializedObjectValue("{}")
			.objectTypeName("java.io.File").serializationDataFormat("application/json").create()), "Assess concept"))
			.contains("\u2018Reason\u2019 must be text.");
		assertThat(ASSESSMENT.problemWith(values("reason", Variables.fileValue("x.txt").file(new byte[1]).create()),
				"Assess concept")).isPresent();
	}

	@Test
	void everyTextFieldOfEveryFormSaysHowLongItMayBeWithinWhatTheRecordKeeps() {
		for (String id : formIds()) {
			FormFile.read(id).fields().stream()
				.filter(field -> List.of("textfield", "textarea").contains(field.path("type").asText()))
				.forEach(field -> assertThat(field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE))
					.as(id + " " + field.path("key").asText())
					.isBetween(1, 8000));
		}
	}

	private static VariableMap values(Object... keysAndValues) {
		VariableMap values = Variables.createVariables();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.putValue((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return values;
	}

	static SubmittableForm form(String id) {
		try {
			return SubmittableForm.read(new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> formIds() {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".form"))
				.map(name -> name.substring(0, name.length() - ".form".length())).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
