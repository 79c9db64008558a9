package edu.college.microcredentials.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms of the steps, read once per process definition: a form bound to its deployment (every form of
 * this application, docs/administrators.md) can never change for that definition, so the listeners and the staff
 * command guard that read a step's form at each step need not fetch it from the database each time. A form bound
 * otherwise ({@code latest}, {@code version}) is read anew each time. Call inside an engine command (a listener, a
 * delegate, {@code runWithoutAuthorization}). Callers only read the tree they are given.
 */
@Component
public class DeployedForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String DEPLOYMENT_BINDING = "deployment";

	private final Map<String, JsonNode> bound = new ConcurrentHashMap<>();

	private final FormService forms;

	DeployedForms(@Lazy FormService forms) {
		this.forms = forms;
	}

	/** The Camunda Form of the task's step; empty when the step has none. */
	public Optional<JsonNode> of(TaskEntity task) {
		FormDefinition form = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
		if (form == null || form.getCamundaFormDefinitionKey() == null) {
			return Optional.empty();
		}
		return Optional.of(read(form, task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
				() -> forms.getDeployedTaskForm(task.getId())));
	}

	/** The Camunda Form that starts the process definition; empty when it has none. */
	public Optional<JsonNode> startFormOf(ProcessDefinition definition) {
		FormDefinition form = ((ProcessDefinitionEntity) definition).getStartFormDefinition();
		if (form == null || form.getCamundaFormDefinitionKey() == null) {
			return Optional.empty();
		}
		return Optional.of(read(form, definition.getId() + "/start", () -> forms.getDeployedStartForm(definition.getId())));
	}

	/** Whether the form names the variable anywhere: as a field's key, in a text, in an expression. */
	public static boolean mentions(JsonNode form, String variable) {
		return form.toString().contains(variable);
	}

	private JsonNode read(FormDefinition form, String step, Supplier<InputStream> deployed) {
		if (DEPLOYMENT_BINDING.equals(form.getCamundaFormDefinitionBinding())
				&& !form.getCamundaFormDefinitionKey().getExpressionText().contains("{")) {
			JsonNode known = bound.get(step);
			if (known == null) {
				known = parse(deployed);
				bound.putIfAbsent(step, known);
			}
			return known;
		}
		return parse(deployed);
	}

	private static JsonNode parse(Supplier<InputStream> deployed) {
		try (InputStream form = deployed.get()) {
			return JSON.readTree(form);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
