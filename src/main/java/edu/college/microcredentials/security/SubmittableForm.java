package edu.college.microcredentials.security;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployed Camunda Form lets a person send: its keyed input fields (not the disabled ones, which Tasklist
 * never submits), each with the type and limits the form declares. A submission may leave fields out (a hidden field
 * is not sent) but may not add any, and each value must be what its field can produce in Tasklist; the rules of the
 * process (a reason for a negative decision, the concept's rules) are checked by the step itself. A select or taglist
 * whose options come from a variable ({@code valuesKey}, e.g. the staff directory) accepts only what that variable of
 * the task offers.
 */
final class SubmittableForm {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
			"checklist", "taglist", "datetime");

	private final Map<String, Field> fields;

	private SubmittableForm(Map<String, Field> fields) {
		this.fields = fields;
	}

	/** A start form: it gets no variables, so a field with options from a variable can send nothing. */
	static SubmittableForm read(JsonNode form) {
		return read(form, name -> null);
	}

	/** A task form, with the task's variables its options may come from. */
	static SubmittableForm read(JsonNode form, Function<String, Object> variables) {
		Map<String, Field> fields = new LinkedHashMap<>();
		collect(form.path("components"), variables, fields);
		return new SubmittableForm(fields);
	}

	/** A form that has no fields: nothing may be sent with it. */
	static SubmittableForm none() {
		return new SubmittableForm(Map.of());
	}

	Set<String> keys() {
		return fields.keySet();
	}

	/** The first thing wrong with the submission, naming the field; empty when the form could have sent it. */
	Optional<String> problemWith(VariableMap submitted, String step) {
		for (String key : submitted.keySet()) {
			Field field = fields.get(key);
			if (field == null) {
				return Optional.of("\u201c" + step + "\u201d has no field '" + key + "': send only what its form asks.");
			}
			Optional<String> problem = field.problemWith(submitted.getValueTyped(key));
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	private static void collect(JsonNode components, Function<String, Object> variables, Map<String, Field> fields) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (INPUTS.contains(type) && component.hasNonNull("key") && !component.path("disabled").asBoolean()) {
				fields.put(component.path("key").asText(), new Field(type, component, variables));
			}
			collect(component.path("components"), variables, fields);
		}
	}

	/** One input field and what it accepts. */
	record Field(String type, JsonNode component, Function<String, Object> variables) {

		/** As the form labels it; by its key, in words, where the label is computed (a FEEL expression). */
		String label() {
			for (String name : List.of("label", "dateLabel")) {
				String label = component.path(name).asText();
				if (!label.isBlank() && !label.startsWith("=")) {
					return label;
				}
			}
			String words = component.path("key").asText().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
			return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		Optional<String> problemWith(TypedValue typed) {
			Object value;
			try {
				value = plain(typed);
			}
			catch (IllegalArgumentException ex) {
				return fail("must be " + expected());
			}
			if (value == null || (value instanceof String text && text.isEmpty())) {
				return validation().path("required").asBoolean() ? fail("is required") : Optional.empty();
			}
			return switch (type) {
				case "textfield", "textarea" -> text(value);
				case "number" -> number(value);
				case "checkbox" -> value instanceof Boolean ? Optional.empty() : fail("must be true or false");
				case "radio", "select" -> value instanceof String choice ? option(choice) : fail("must be " + expected());
				case "checklist", "taglist" -> list(value);
				case "datetime" -> value instanceof String date ? date(date) : fail("must be " + expected());
				default -> fail("cannot be sent");
			};
		}

		private Optional<String> text(Object value) {
			if (!(value instanceof String text)) {
				return fail("must be text");
			}
			JsonNode limits = validation();
			if (limits.has("maxLength") && text.length() > limits.path("maxLength").asInt()) {
				return fail("is longer than " + limits.path("maxLength").asInt() + " characters (it has "
						+ text.length() + ")");
			}
			if (limits.has("minLength") && text.strip().length() < limits.path("minLength").asInt()) {
				return fail("needs at least " + limits.path("minLength").asInt() + " characters");
			}
			if (limits.hasNonNull("pattern") && !Pattern.compile(limits.path("pattern").asText()).matcher(text).matches()) {
				return fail("is not in the expected form" + (component.has("description")
						? " (" + component.path("description").asText() + ")" : ""));
			}
			return Optional.empty();
		}

		private Optional<String> number(Object value) {
			if (!(value instanceof Number number)) {
				return fail("must be a number");
			}
			double amount = number.doubleValue();
			boolean whole = component.path("decimalDigits").asInt(-1) == 0;
			JsonNode limits = validation();
			double min = limits.has("min") ? limits.path("min").asDouble() : Integer.MIN_VALUE;
			double max = limits.has("max") ? limits.path("max").asDouble() : Integer.MAX_VALUE;
			if ((whole && amount != Math.rint(amount)) || amount < min || amount > max || Double.isNaN(amount)) {
				return fail("must be a " + (whole ? "whole " : "") + "number from " + format(min) + " to " + format(max)
						+ " (given: " + number + ")");
			}
			return Optional.empty();
		}

		private Optional<String> option(String choice) {
			List<String> options = options();
			if (offeredByVariable()) {
				return options.contains(choice) ? Optional.empty()
						: fail("must be chosen from the list the form offers (given: " + choice + ")");
			}
			return options.isEmpty() || options.contains(choice) ? Optional.empty()
					: fail("must be one of: " + String.join(", ", options) + " (given: " + choice + ")");
		}

		private Optional<String> list(Object value) {
			List<Object> items = new ArrayList<>();
			if (value instanceof JsonNode array && array.isArray()) {
				array.forEach(item -> items.add(item.isTextual() ? item.asText() : item));
			}
			else if (value instanceof Collection<?> collection) {
				items.addAll(collection);
			}
			else {
				return fail("must be " + expected());
			}
			for (Object item : items) {
				Optional<String> problem = item instanceof String choice ? option(choice) : fail("must be " + expected());
				if (problem.isPresent()) {
					return problem;
				}
			}
			return Optional.empty();
		}

		private Optional<String> date(String value) {
			try {
				switch (component.path("subtype").asText("date")) {
					case "time" -> LocalTime.parse(value.length() > 5 ? value.substring(0, 5) : value);
					case "datetime" -> OffsetDateTime.parse(value);
					default -> LocalDate.parse(value);
				}
				return Optional.empty();
			}
			catch (DateTimeParseException ex) {
				return fail("must be " + expected() + " (given: " + value + ")");
			}
		}

		private String expected() {
			return switch (type) {
				case "number" -> "a number";
				case "checkbox" -> "true or false";
				case "radio", "select" -> offeredByVariable() ? "one of the options the form offers"
						: "one of: " + String.join(", ", options());
				case "checklist", "taglist" -> offeredByVariable() ? "a list of the options the form offers"
						: "a list of: " + String.join(", ", options());
				case "datetime" -> switch (component.path("subtype").asText("date")) {
					case "time" -> "a time like 14:30";
					case "datetime" -> "a date and time like 2027-03-18T14:30+00:00";
					default -> "a date like 2027-03-18";
				};
				default -> "text";
			};
		}

		private List<String> options() {
			List<String> options = new ArrayList<>();
			JsonNode values = offeredByVariable() ? offered() : component.path("values");
			values.forEach(option -> options.add(option.path("value").asText()));
			return options;
		}

		private boolean offeredByVariable() {
			return component.hasNonNull("valuesKey");
		}

		/** The options the task's variable named by {@code valuesKey} holds; none when it has no such variable. */
		private JsonNode offered() {
			Object options = variables.apply(component.path("valuesKey").asText());
			if (options == null) {
				return JSON.createArrayNode();
			}
			return json(options instanceof SpinJsonNode spin ? spin.toString() : String.valueOf(options));
		}

		private JsonNode validation() {
			return component.path("validate");
		}

		private Optional<String> fail(String problem) {
			return Optional.of("\u2018" + label() + "\u2019 " + problem + ".");
		}

		private static String format(double bound) {
			return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
		}

		/**
		 * The value as Tasklist sends it: a string, number, boolean or null, or JSON for lists. Objects, files and
		 * bytes are never a form's answer.
		 */
		private static Object plain(TypedValue typed) {
			if (typed == null) {
				return null;
			}
			String typeName = typed.getType() == null ? null : typed.getType().getName();
			if (typed instanceof SerializableValue serializable) {
				if (!"json".equals(typeName)) {
					throw new IllegalArgumentException(typeName);
				}
				return json(serializable.isDeserialized() ? String.valueOf(serializable.getValue())
						: serializable.getValueSerialized());
			}
			if ("file".equals(typeName) || "bytes".equals(typeName)) {
				throw new IllegalArgumentException(typeName);
			}
			Object value = typed.getValue();
			if (value instanceof SpinJsonNode spin) {
				return json(spin.toString());
			}
			if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
					|| value instanceof Collection<?>)) {
				throw new IllegalArgumentException(value.getClass().getName());
			}
			return value;
		}

		private static JsonNode json(String text) {
			try {
				return JSON.readTree(text);
			}
			catch (IOException ex) {
				throw new IllegalArgumentException(ex);
			}
		}

	}

}
