package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal's life tried as a new user would, through Camunda's REST API alone: {@code submit-form} on the start
 * form and on each task's deployed form, with values typed the way Tasklist sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestJourneyTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void createPeople() {
		TestUsers.create(identityService, "priya", "colin", "sarah", "quinn", "bella", "adam", "ava");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void newConceptIsPublishedAndRetiredAtItsFirstPeriodicReview() {
		String reference = submitConcept(DemoConcepts.venipuncture());
		assertThat(reference).matches("MC-\\d{4}-\\d{4}");

		complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		complete(reference, "formAdvisoryTeam", "colin",
				Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers", "ava", "resourcesRequested", false));
		complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		complete(reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));

		JsonNode record = get("/api/proposals/" + reference, "priya");
		assertThat(record.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(record.path("decisions")).hasSize(6);
		JsonNode badge = rest.getForObject("/api/badges/" + reference, JsonNode.class);
		assertThat(badge.path("type").asText()).isEqualTo("BadgeClass");
		assertThat(badge.path("name").asText()).isEqualTo("Venipuncture Techniques");
		assertThat(badge.path("alignment").get(0).path("targetUrl").asText()).startsWith("http://data.europa.eu/esco/");

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 366L * 24 * 3600 * 1000));
		String reviewCycle = get("/engine-rest/process-instance?processDefinitionKey=credential-periodic-review&businessKey="
				+ reference, "demo").get(0).path("id").asText();
		JsonNode reviewDue = get("/engine-rest/job?processInstanceId=" + reviewCycle, "demo").get(0);
		assertThat(post("/engine-rest/job/" + reviewDue.path("id").asText() + "/execute", "demo", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		complete(reference, "reviewCredential", "colin",
				Map.of("decision", "retire", "reason", "Replaced by the national certificate"));

		assertThat(get("/api/proposals/" + reference, "priya").path("status").asText()).isEqualTo("RETIRED");
		assertThat(rest.getForEntity("/api/badges/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void convertedProgramPassesTheCurriculumQualityReviewOnTheWay() {
		String reference = submitConcept(DemoConcepts.convertedContrastInjection());
		complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		complete(reference, "formAdvisoryTeam", "colin", Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers",
				"ava", "resourcesRequested", true, "resourceRequest", "A CT room one day a month"));
		complete(reference, "confirmResources", "priya", Map.of("decision", "confirmed"));
		Map<String, Object> checklist = new HashMap<>();
		formFields("reviewCurriculumQuality", reference).stream().filter(key -> !key.endsWith("Comment"))
			.forEach(criterion -> checklist.put(criterion, "met"));
		assertThat(checklist).hasSize(11);
		complete(reference, "reviewCurriculumQuality", "quinn", checklist);

		assertThat(openTask(reference).path("taskDefinitionKey").asText()).isEqualTo("writeFullProposal");
		assertThat(get("/api/proposals/" + reference, "priya").path("decisions")).extracting(d -> d.path("outcome").asText())
			.containsExactly("supported", "endorsed", "formed", "confirmed", "compliant");
	}

	@Test
	void decisionWithoutItsReasonIsRefusedWithAClearMessageAndTheTaskStaysOpen() {
		String reference = submitConcept(DemoConcepts.venipuncture());
		String taskId = openTask(reference).path("id").asText();

		ResponseEntity<JsonNode> refused = post("/engine-rest/task/" + taskId + "/submit-form", "colin",
				Map.of("variables", Map.of("decision", Map.of("value", "notSupported"))));

		assertThat(refused.getStatusCode().is5xxServerError()).isTrue();
		assertThat(refused.getBody().path("message").asText())
			.contains("Give a reason for the decision 'Not supported — close the proposal'");
		assertThat(openTask(reference).path("id").asText()).isEqualTo(taskId);
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	// --- what Tasklist does

	private String submitConcept(Map<String, Object> concept) {
		ResponseEntity<JsonNode> started = post(
				"/engine-rest/process-definition/key/micro-credential-development/submit-form", "priya",
				Map.of("variables", typed(concept)));
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		return started.getBody().path("businessKey").asText();
	}

	private void complete(String reference, String taskKey, String user, Map<String, Object> form) {
		JsonNode task = openTask(reference);
		assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(taskKey);
		assertThat(formFields(taskKey, reference)).containsAll(form.keySet());
		ResponseEntity<JsonNode> submitted = post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
				user, Map.of("variables", typed(form)));
		assertThat(submitted.getStatusCode()).as("%s: %s", taskKey, submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private JsonNode openTask(String reference) {
		JsonNode tasks = get("/engine-rest/task?processInstanceBusinessKey=" + reference, "demo");
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	/** The keys of the deployed form of the open task, as Tasklist renders it. */
	private List<String> formFields(String taskKey, String reference) {
		JsonNode form = get("/engine-rest/task/" + openTask(reference).path("id").asText() + "/deployed-form", "demo");
		assertThat(form.path("id").asText()).isEqualTo(taskKey);
		List<String> keys = new ArrayList<>();
		collectKeys(form.path("components"), keys);
		return keys;
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
	private static Map<String, Object> typed(Map<String, Object> form) {
		Map<String, Object> variables = new HashMap<>();
		form.forEach((name, value) -> variables.put(name, value instanceof SpinJsonNode json
				? Map.of("type", "Json", "value", json.toString()) : singleValue(value)));
		return variables;
	}

	private static Map<String, Object> singleValue(Object value) {
		Map<String, Object> variable = new HashMap<>();
		variable.put("value", value);
		return variable;
	}

	private JsonNode get(String path, String user) {
		return rest.withBasicAuth(user, user).getForObject(path, JsonNode.class);
	}

	private ResponseEntity<JsonNode> post(String path, String user, Object body) {
		return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
				new org.springframework.http.HttpEntity<>(body), new ParameterizedTypeReference<JsonNode>() {
				});
	}

}
