package edu.college.microcredentials.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda Form from {@code forms/} as Modeler saved it, read as JSON: its input fields and its display texts. */
public record FormFile(String id, List<JsonNode> components) {

	public static FormFile read(String id) {
		try {
			JsonNode form = new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile());
			List<JsonNode> components = new ArrayList<>();
			flatten(form.path("components"), components);
			return new FormFile(id, components);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The components that submit a value, in the order the form shows them. */
	public List<JsonNode> fields() {
		return components.stream().filter(component -> component.hasNonNull("key")).toList();
	}

	public List<String> keys() {
		return fields().stream().map(field -> field.get("key").asText()).toList();
	}

	public Optional<JsonNode> field(String key) {
		return fields().stream().filter(field -> key.equals(field.get("key").asText())).findFirst();
	}

	public List<String> keysWhere(String validation) {
		return fields().stream().filter(field -> field.path("validate").path(validation).asBoolean(false))
			.map(field -> field.get("key").asText()).toList();
	}

	/** The markdown of every {@code text} component, where the forms show {@code {{…}}} values. */
	public List<String> texts() {
		return components.stream().filter(component -> "text".equals(component.path("type").asText()))
			.map(component -> component.path("text").asText()).toList();
	}

	private static void flatten(JsonNode components, List<JsonNode> into) {
		for (JsonNode component : components) {
			into.add(component);
			flatten(component.path("components"), into);
		}
	}

}
