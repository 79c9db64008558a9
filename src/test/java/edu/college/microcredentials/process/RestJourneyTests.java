package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal's life tried as a new user would, through Camunda's REST API alone: {@code submit-form} on the start
 * form and on each task's deployed form, with values typed the way Tasklist sends them.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestJourneyTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	TasklistRestClient tasklist;

	@BeforeEach
	void createPeople() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.create(identityService, "priya", "colin", "sarah", "quinn", "bella", "adam", "ava");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void newConceptIsPublishedAndRetiredAtItsFirstPeriodicReview() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		assertThat(reference).matches("MC-\\d{4}-\\d{4}");

		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin",
				DemoConcepts.advisoryTeam());
		tasklist.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		tasklist.complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));

		JsonNode record = tasklist.get("/api/proposals/" + reference, "priya");
		assertThat(record.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(record.path("decisions")).hasSize(6);
		JsonNode badge = rest.getForObject("/api/badges/" + reference, JsonNode.class);
		assertThat(badge.path("type").asText()).isEqualTo("BadgeClass");
		assertThat(badge.path("name").asText()).isEqualTo("Venipuncture Techniques");
		assertThat(badge.path("alignment").get(0).path("targetUrl").asText()).startsWith("http://data.europa.eu/esco/");

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 366L * 24 * 3600 * 1000));
		String reviewCycle = tasklist.get(
				"/engine-rest/process-instance?processDefinitionKey=credential-periodic-review&businessKey=" + reference,
				"demo").get(0).path("id").asText();
		JsonNode reviewDue = tasklist.get("/engine-rest/job?processInstanceId=" + reviewCycle, "demo").get(0);
		assertThat(tasklist.post("/engine-rest/job/" + reviewDue.path("id").asText() + "/execute", "demo", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		tasklist.complete(reference, "reviewCredential", "colin",
				Map.of("decision", "retire", "reason", "Replaced by the national certificate"));

		assertThat(tasklist.get("/api/proposals/" + reference, "priya").path("status").asText()).isEqualTo("RETIRED");
		// badges already awarded keep resolving; the definition says the credential is retired
		assertThat(rest.getForObject("/api/badges/" + reference, JsonNode.class).path("tags").toString())
			.contains("\"retired\"");
	}

	@Test
	void convertedProgramPassesTheCurriculumQualityReviewOnTheWay() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.convertedContrastInjection());
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin", Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers",
				Spin.JSON(List.of("ava")), "resourcesRequested", true, "resourceRequest", "A CT room one day a month"));
		tasklist.complete(reference, "confirmResources", "priya", Map.of("decision", "confirmed"));
		Map<String, Object> checklist = new HashMap<>();
		tasklist.formFields(reference, "reviewCurriculumQuality").stream().filter(key -> !key.endsWith("Comment"))
			.forEach(criterion -> checklist.put(criterion, "met"));
		assertThat(checklist).hasSize(11);
		tasklist.complete(reference, "reviewCurriculumQuality", "quinn", checklist);

		assertThat(tasklist.openTask(reference).path("taskDefinitionKey").asText()).isEqualTo("writeFullProposal");
		assertThat(tasklist.get("/api/proposals/" + reference, "priya").path("decisions"))
			.extracting(decision -> decision.path("outcome").asText())
			.containsExactly("supported", "endorsed", "formed", "confirmed", "compliant");
	}

	@Test
	void decisionWithoutItsReasonIsRefusedWithAClearMessageAndTheTaskStaysOpen() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String taskId = tasklist.openTask(reference).path("id").asText();

		ResponseEntity<JsonNode> refused = tasklist.submitTaskForm(taskId, "colin", Map.of("decision", "notSupported"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText())
			.startsWith("Give a reason for the decision 'Not supported — close the proposal'");
		assertThat(tasklist.openTask(reference).path("id").asText()).isEqualTo(taskId);
	}

	@Test
	void secondCompletionOfTheSameTaskIsRefusedAndTheFirstDecisionStands() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String taskId = tasklist.openTask(reference).path("id").asText();
		assertThat(tasklist.submitTaskForm(taskId, "colin", Map.of("decision", "supported")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		// a colleague had the same task open in another browser
		ResponseEntity<JsonNode> late = tasklist.submitTaskForm(taskId, "demo",
				Map.of("decision", "notSupported", "reason", "Too late"));

		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().path("message").asText()).startsWith("\u201cAssess concept\u201d was already completed by colin at ")
			.endsWith("The proposal has moved on; nothing of yours was saved.");
		assertThat(tasklist.get("/api/proposals/" + reference, "priya").path("decisions"))
			.extracting(decision -> decision.path("outcome").asText())
			.containsExactly("supported");
	}

	@Test
	void aTaskThatNeverExistedIsSaidSoAndAnUnknownProposalIsNotFound() {
		ResponseEntity<JsonNode> unknownTask = tasklist.submitTaskForm("no-such-task", "colin",
				Map.of("decision", "supported"));
		assertThat(unknownTask.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknownTask.getBody().path("message").asText()).contains("no-such-task").doesNotContain("ENGINE-");

		assertThat(tasklist.getEntity("/engine-rest/process-instance/no-such-instance", "demo").getStatusCode())
			.as("the API's own 404 stands").isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
