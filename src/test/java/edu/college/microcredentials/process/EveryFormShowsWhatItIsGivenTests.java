package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every {@code {{…}}} a form displays is given to its step: a proposal is taken through every form of the three
 * diagrams, and at each step each displayed value must be there, unless the text hides itself when it is empty. A
 * {@code {{#loop list}}} shows its items' values, and nothing while the list is empty or absent.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class EveryFormShowsWhatItIsGivenTests {

	private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)(?:\\.(\\w+))?\\s*}}");

	private static final Pattern LOOP = Pattern.compile("(?s)\\{\\{#loop [^}]*}}.*?\\{\\{/loop}}");

	@Autowired
	ProcessEngine engine;

	final Set<String> formsSeen = new LinkedHashSet<>();

	@Test
	void everyValueAFormDisplaysIsGivenToItsStep() {
		TestUsers.createAll(engine.getIdentityService());

		EveryStep.walk(engine, this::displays);

		assertThat(formsSeen).as("every form that displays values was checked")
			.containsExactlyInAnyOrderElementsOf(formsDisplayingValues());
	}

	/** Checks what the open step's form displays. */
	private void displays(Task task, String formId, String user) {
		String taskKey = task.getTaskDefinitionKey();
		Map<String, Object> given = engine.getTaskService().getVariables(task.getId());
		for (JsonNode text : FormFile.read(formId).components()) {
			Matcher shown = SHOWN.matcher(LOOP.matcher(text.path("text").asText()).replaceAll(""));
			while (shown.find()) {
				String variable = shown.group(1);
				String property = shown.group(2);
				if (text.path("conditional").path("hide").asText().contains(variable)) {
					continue;
				}
				Object value = given.get(variable);
				if (property != null) {
					assertThat(value).as("%s on %s", variable, taskKey).isInstanceOf(SpinJsonNode.class);
					SpinJsonNode json = (SpinJsonNode) value;
					value = json.hasProp(property) ? json.prop(property).stringValue() : null;
				}
				assertThat(value).as("{{%s}} on %s (form %s)", shown.group(0).replaceAll("[{}]", ""), taskKey, formId)
					.isNotNull().asString().isNotBlank();
			}
		}
		formsSeen.add(formId);
	}

	private static Set<String> formsDisplayingValues() {
		Set<String> forms = new LinkedHashSet<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			files.map(file -> file.getFileName().toString().replace(".form", "")).sorted()
				.filter(id -> FormFile.read(id).texts().stream().anyMatch(text -> SHOWN.matcher(text).find()))
				.forEach(forms::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return forms;
	}

}
