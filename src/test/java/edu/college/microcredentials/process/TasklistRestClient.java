package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls the engine's REST API the way Tasklist does ({@code submit-form} with values typed as Tasklist sends
 * them), signed in with HTTP Basic as a demo person (password = user id).
 */
public class TasklistRestClient {

	private final TestRestTemplate rest;

	public TasklistRestClient(TestRestTemplate rest) {
		this.rest = rest;
	}

	/** Starts "Micro-credential development" from its start form and returns the proposal's reference. */
	public String submitConcept(String user, Map<String, Object> concept) {
		ResponseEntity<JsonNode> started = post(
				"/engine-rest/process-definition/key/micro-credential-development/submit-form", user,
				Map.of("variables", typed(concept)));
		assertThat(started.getStatusCode()).as("start: %s", started.getBody()).isEqualTo(HttpStatus.OK);
		return started.getBody().path("businessKey").asText();
	}

	public ResponseEntity<JsonNode> submitTaskForm(String taskId, String user, Map<String, Object> form) {
		return post("/engine-rest/task/" + taskId + "/submit-form", user, Map.of("variables", typed(form)));
	}

	/** Completes the proposal's open task, which must be {@code taskKey}, after checking its form has the fields. */
	public void complete(String reference, String taskKey, String user, Map<String, Object> form) {
		JsonNode task = openTask(reference);
		assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(taskKey);
		assertThat(formFields(reference, taskKey)).containsAll(form.keySet());
		ResponseEntity<JsonNode> submitted = submitTaskForm(task.path("id").asText(), user, form);
		assertThat(submitted.getStatusCode()).as("%s: %s", taskKey, submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** The proposal's one open task, as the process administrator sees it. */
	public JsonNode openTask(String reference) {
		JsonNode tasks = get("/engine-rest/task?processInstanceBusinessKey=" + reference, "demo");
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	/** The keys of the deployed form of the open task, as Tasklist renders it. */
	public List<String> formFields(String reference, String taskKey) {
		JsonNode form = get("/engine-rest/task/" + openTask(reference).path("id").asText() + "/deployed-form", "demo");
		assertThat(form.path("id").asText()).isEqualTo(taskKey);
		List<String> keys = new ArrayList<>();
		collectKeys(form.path("components"), keys);
		return keys;
	}

	public JsonNode get(String path, String user) {
		return rest.withBasicAuth(user, user).getForObject(path, JsonNode.class);
	}

	public ResponseEntity<JsonNode> getEntity(String path, String user) {
		return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
	}

	public ResponseEntity<JsonNode> post(String path, String user, Object body) {
		return send(HttpMethod.POST, path, user, body);
	}

	public ResponseEntity<JsonNode> send(HttpMethod method, String path, String user, Object body) {
		return rest.withBasicAuth(user, user).exchange(path, method, body == null ? null : new HttpEntity<>(body),
				new ParameterizedTypeReference<JsonNode>() {
				});
	}

	private static void collectKeys(JsonNode components, List<String> keys) {
		components.forEach(component -> {
			if (component.hasNonNull("key")) {
				keys.add(component.path("key").asText());
			}
			collectKeys(component.path("components"), keys);
		});
	}

	/** Scalars go untyped, lists as Json, as Tasklist sends them. */
	public static Map<String, Object> typed(Map<String, Object> form) {
		Map<String, Object> variables = new HashMap<>();
		form.forEach((name, value) -> {
			Map<String, Object> variable = new HashMap<>();
			if (value instanceof SpinJsonNode json) {
				variable.put("type", "Json");
				variable.put("value", json.toString());
			}
			else {
				variable.put("value", value);
			}
			variables.put(name, variable);
		});
		return variables;
	}

}
