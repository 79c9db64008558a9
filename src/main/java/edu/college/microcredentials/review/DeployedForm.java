package edu.college.microcredentials.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DeployedForms;

/**
 * The Camunda Form a task was completed with. The choices of its radio fields are the valid answers, so an
 * administrator who adds a choice in Modeler (and a matching gateway condition) changes no Java.
 */
final class DeployedForm {

	private final List<Choice> radios;

	private DeployedForm(List<Choice> radios) {
		this.radios = radios;
	}

	/** The form of the task's step; one without radios when the step has no form. */
	static DeployedForm of(DelegateTask task, DeployedForms forms) {
		List<Choice> radios = new ArrayList<>();
		forms.of((TaskEntity) task).ifPresent(form -> collectRadios(form.path("components"), radios));
		return new DeployedForm(radios);
	}

	Optional<Choice> radio(String key) {
		return radios.stream().filter(radio -> radio.key().equals(key)).findFirst();
	}

	List<Choice> radios() {
		return radios;
	}

	private static void collectRadios(JsonNode components, List<Choice> radios) {
		for (JsonNode component : components) {
			if ("radio".equals(component.path("type").asText())) {
				List<Option> options = new ArrayList<>();
				component.path("values")
					.forEach(value -> options.add(new Option(value.path("value").asText(), value.path("label").asText())));
				radios.add(new Choice(component.path("key").asText(), component.path("label").asText(), options));
			}
			collectRadios(component.path("components"), radios);
		}
	}

	record Option(String value, String label) {
	}

	/** A radio field: its key, its label and the options it offers. */
	record Choice(String key, String label, List<Option> options) {

		boolean offers(String value) {
			return options.stream().anyMatch(option -> option.value().equals(value));
		}

		String labelOf(String value) {
			return options.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst()
				.orElse(value);
		}

		String optionLabels() {
			return String.join("; ", options.stream().map(Option::label).toList());
		}

	}

}
