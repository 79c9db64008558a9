package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;

/**
 * Who gets in where, through the real HTTP stack. The demo cast: priya and paul request, colin is CE, sarah SMT,
 * bella the Board secretary (and, here, also a requester), aaron an auditor, adam and ava advisory team members.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	TasklistRestClient tasklist;

	@BeforeEach
	void setUp() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAll(identityService);
		if (identityService.createUserQuery().userId("bella").memberOfGroup("requesters").count() == 0) {
			identityService.createMembership("bella", "requesters");
		}
	}

	@Test
	void anonymousCallersGetNoData() {
		for (String path : new String[] { "/engine-rest/task", "/engine-rest/history/process-instance",
				"/engine-rest/process-definition", "/api/proposals/MC-2026-0001" }) {
			ResponseEntity<String> response = rest.getForEntity(path, String.class);
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(String.valueOf(response.getBody())).as(path).doesNotContain("MC-");
		}
	}

	@Test
	void requesterCannotCompleteTheSeniorManagementTeamsTask() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		String endorsement = tasklist.openTask(reference).path("id").asText();

		ResponseEntity<JsonNode> refused = tasklist.submitTaskForm(endorsement, "paul", Map.of("decision", "endorsed"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().path("message").asText()).contains("paul");
		assertThat(tasklist.openTask(reference).path("id").asText()).isEqualTo(endorsement);
		assertThat(tasklist.get("/engine-rest/task", "paul")).isEmpty();
		assertThat(tasklist.get("/engine-rest/task", "sarah")).extracting(task -> task.path("id").asText())
			.contains(endorsement);
	}

	@Test
	void auditorReadsTheWholeHistoryOfAFinishedProposalButChangesNothing() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String assessment = tasklist.openTask(reference).path("id").asText();
		assertThat(tasklist.submitTaskForm(assessment, "aaron", Map.of("decision", "supported")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(tasklist.post("/engine-rest/task/" + assessment + "/claim", "aaron", Map.of("userId", "aaron"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		tasklist.complete(reference, "assessConcept", "colin",
				Map.of("decision", "notSupported", "reason", "Overlaps the phlebotomy certificate"));

		JsonNode instance = tasklist.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference,
				"aaron").get(0);
		assertThat(instance.path("state").asText()).isEqualTo("COMPLETED");
		String instanceId = instance.path("id").asText();
		assertThat(tasklist.get("/engine-rest/history/task?processInstanceId=" + instanceId, "aaron"))
			.extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly("assessConcept");
		assertThat(tasklist.get("/engine-rest/history/variable-instance?includeDeleted=true&processInstanceId=" + instanceId,
				"aaron"))
			.extracting(variable -> variable.path("name").asText()).contains("decision", "reason", "title");
		assertThat(tasklist.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId, "aaron"))
			.extracting(activity -> activity.path("activityId").asText()).contains("conceptNotSupported");
		JsonNode record = tasklist.get("/api/proposals/" + reference, "aaron");
		assertThat(record.path("decisions").get(0).path("reason").asText()).isEqualTo("Overlaps the phlebotomy certificate");
		assertThat(record.path("decisions").get(0).path("decidedBy").asText()).isEqualTo("colin");
	}

	@Test
	void authorCannotClaimTheBoardTaskOfTheirOwnProposal() {
		String reference = tasklist.submitConcept("bella", DemoConcepts.ivInsertion());
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin",
				DemoConcepts.advisoryTeam());
		tasklist.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		tasklist.complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		String boardTask = tasklist.openTask(reference).path("id").asText();

		ResponseEntity<JsonNode> claim = tasklist.post("/engine-rest/task/" + boardTask + "/claim", "bella",
				Map.of("userId", "bella"));
		ResponseEntity<JsonNode> decide = tasklist.submitTaskForm(boardTask, "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));

		assertThat(claim.getStatusCode().isError()).isTrue();
		assertThat(claim.getBody().path("message").asText())
			.contains("Four-eyes rule: bella submitted " + reference + " and cannot claim or decide on it");
		assertThat(decide.getBody().path("message").asText()).contains("Four-eyes rule: bella submitted");
		JsonNode stillOpen = tasklist.openTask(reference);
		assertThat(stillOpen.path("id").asText()).isEqualTo(boardTask);
		assertThat(stillOpen.path("assignee").isNull()).isTrue();
	}

	@Test
	void advisoryTeamMemberCannotReviewTheFullProposalTheyWrote() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin",
				Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers", Spin.JSON(List.of("sarah")),
						"resourcesRequested", false));
		tasklist.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());

		ResponseEntity<JsonNode> refused = tasklist.submitTaskForm(tasklist.openTask(reference).path("id").asText(),
				"sarah", Map.of("decision", "endorsed"));

		assertThat(refused.getBody().path("message").asText())
			.contains("Four-eyes rule: sarah is on the advisory team of " + reference);
		assertThat(tasklist.openTask(reference).path("taskDefinitionKey").asText()).isEqualTo("reviewFullProposal");
	}

	@Test
	void requestersReadOnlyTheirOwnProposals() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());

		assertThat(tasklist.getEntity("/api/proposals/" + reference, "priya").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tasklist.getEntity("/api/proposals/" + reference, "paul").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(tasklist.getEntity("/api/proposals/" + reference, "colin").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
