package edu.college.microcredentials.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import edu.college.microcredentials.process.FormText;

/**
 * Translates between the fields of {@code forms/submitConcept.form} (process or task variables) and a
 * {@link Concept}, field by field as {@link ConceptField#ALL} maps them; the competencies are the form's one
 * repeated group.
 */
public final class ConceptForm {

	static final int COMPETENCY_FIELDS = 4;

	private ConceptForm() {
	}

	/** Every variable the form writes. */
	static List<String> fieldNames() {
		List<String> names = new ArrayList<>(ConceptField.ALL.stream().map(ConceptField::key).toList());
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			names.add(competencyField(i));
			names.add(escoField(i));
		}
		return names;
	}

	static Concept read(VariableScope form) {
		return read(form::getVariable);
	}

	/** The concept from the form's values as Tasklist submits them, looked up by key. */
	static Concept read(Function<String, Object> form) {
		Concept.Builder concept = Concept.builder();
		ConceptField.ALL.forEach(field -> field.read(form.apply(field.key()), concept));
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			String name = ConceptField.Kind.LINE.read(form.apply(competencyField(i)));
			if (name != null) {
				concept.competency(name, ConceptField.Kind.LINE.read(form.apply(escoField(i))));
			}
		}
		return concept.build();
	}

	/** The form's fields filled from a concept, so the author sees everything they typed. */
	static Map<String, Object> values(Concept concept) {
		Map<String, Object> values = new LinkedHashMap<>();
		ConceptField.ALL.forEach(field -> values.put(field.key(), field.formValue(concept)));
		List<Competency> competencies = concept.getCompetencies();
		for (int i = 1; i <= COMPETENCY_FIELDS; i++) {
			Competency competency = i <= competencies.size() ? competencies.get(i - 1) : null;
			values.put(competencyField(i), competency == null ? null : competency.name());
			values.put(escoField(i), competency == null ? null : competency.escoUri());
		}
		return values;
	}

	/**
	 * The concept as a decider reads it, by the form's keys: coded choices in words, yes/no, numbers as text; every
	 * key is there, an empty answer as {@code null}. The competencies, a markdown list, under {@code competencies}.
	 * Every answer is {@link FormText#literal literal} text: the deciders see what the author typed, never markup.
	 */
	public static Map<String, String> display(Concept concept) {
		Map<String, String> display = new LinkedHashMap<>();
		ConceptField.ALL.forEach(field -> display.put(field.key(), FormText.literal(field.display(concept))));
		display.put("competencies", String.join("\n", concept.getCompetencies().stream()
			.map(competency -> "- " + FormText.literal(competency.name())
					+ (competency.hasEscoUri() ? " (" + FormText.literal(competency.escoUri()) + ")" : ""))
			.toList()));
		display.replaceAll((key, value) -> value == null || value.isBlank() ? null : value);
		return display;
	}

	private static String competencyField(int i) {
		return "competency" + i;
	}

	private static String escoField(int i) {
		return "competency" + i + "EscoUri";
	}

}
