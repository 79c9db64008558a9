package edu.college.microcredentials.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.document.ProposalDocuments;
import edu.college.microcredentials.document.SignedIn;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;

/**
 * What an auditor reads about a proposal that went through a validation return, a question at assessment, both
 * senior management steps and the Board, compared with what the people in the test did.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalStoryTests {

	static final String QUESTION = "Which hospitals committed placements, and \"how many\"?";

	@Autowired
	TestRestTemplate rest;

	static final byte[] PLACEMENTS = "Toronto General: 12 placements a term\nSt Michael's: 8 placements a term\n"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	IdentityService identityService;

	@Autowired
	ProposalDocuments documents;

	TasklistRestClient tasklist;

	@BeforeEach
	void createPeople() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.create(identityService, "priya", "colin", "sarah", "bella", "adam", "ava", "aaron");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void auditorReadsTheWholeStoryOfAnApprovedProposalAndItsCsvLineForLine() throws IOException {
		String reference = tasklist.submitConcept("priya", DemoConcepts.breakingTheRules());
		revise(reference, DemoConcepts.venipuncture());
		String assessment = tasklist.openTask(reference).path("id").asText();
		assertThat(tasklist.post("/engine-rest/task/" + assessment + "/claim", "colin", Map.of("userId", "colin"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "moreInformation", "reason", QUESTION));
		Map<String, Object> answered = DemoConcepts.venipuncture();
		answered.put("evidenceOfDemand", "Toronto General and St Michael's committed 20 placements a term");
		revise(reference, answered);
		documents.attach(reference, "placements.txt", new ByteArrayInputStream(PLACEMENTS), PLACEMENTS.length,
				"Letters of the two hospitals", new SignedIn("priya", Set.of("requesters")));
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());
		tasklist.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		tasklist.complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));

		JsonNode story = tasklist.get("/api/audit/proposals/" + reference, "aaron");

		assertThat(story.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(story.path("processes")).extracting(run -> run.path("processDefinitionKey").asText(),
				run -> run.path("version").asInt(), run -> run.path("state").asText())
			.containsExactly(tuple("micro-credential-development", 1, "COMPLETED"),
					tuple("credential-periodic-review", 1, "ACTIVE"));
		assertThat(story.path("steps")).extracting(step -> step.path("step").asText(),
				step -> step.path("claimedBy").asText(null), step -> step.path("completedBy").asText())
			.containsExactly(tuple("reviseConcept", null, "priya"), tuple("assessConcept", "colin", "colin"),
					tuple("reviseConcept", null, "priya"), tuple("assessConcept", null, "colin"),
					tuple("endorseConcept", null, "sarah"), tuple("formAdvisoryTeam", null, "colin"),
					tuple("writeFullProposal", null, "adam"), tuple("reviewFullProposal", null, "sarah"),
					tuple("recordBoardDecision", null, "bella"));
		assertThat(story.path("steps")).allSatisfy(step -> {
			assertThat(step.path("leftAt").asText()).isNotEmpty();
			assertThat(step.path("overdue").asBoolean()).isFalse();
		});
		assertThat(story.path("decisions")).extracting(decision -> decision.path("stage").asText(),
				decision -> decision.path("decidedBy").asText(), decision -> decision.path("outcome").asText(),
				decision -> decision.path("reason").asText(null), decision -> decision.path("revision").asInt())
			.containsExactly(tuple("assessConcept", "colin", "moreInformation", QUESTION, 2),
					tuple("assessConcept", "colin", "supported", null, 3),
					tuple("endorseConcept", "sarah", "endorsed", null, 3),
					tuple("formAdvisoryTeam", "colin", "formed", null, 3),
					tuple("writeFullProposal", "adam", "submitted", null, 3),
					tuple("reviewFullProposal", "sarah", "endorsed", null, 3),
					tuple("recordBoardDecision", "bella", "approved", null, 3));
		assertThat(story.path("revisions")).extracting(revision -> revision.path("revision").asInt(),
				revision -> revision.path("submittedBy").asText())
			.containsExactly(tuple(1, "priya"), tuple(2, "priya"), tuple(3, "priya"));
		assertThat(story.path("revisions").get(0).path("problems")).hasSize(4);
		assertThat(story.path("revisions").get(1).path("changes")).extracting(change -> change.path("field").asText())
			.containsExactly("assessmentMethods", "proposedLaunch", "industryPartner", "partnerEndorses",
					"competencies");
		assertThat(story.path("revisions").get(2).path("changes")).extracting(change -> change.path("field").asText(),
				change -> change.path("later").asText())
			.containsExactly(tuple("evidenceOfDemand", "Toronto General and St Michael's committed 20 placements a term"));
		assertThat(story.path("lifecycle")).extracting(entry -> entry.path("transition").asText())
			.contains("SUBMITTED", "RETURNED_FOR_REVISION", "APPROVED_BY_BOARD", "PUBLISHED_WITH_BADGE");
		assertThat(story.path("documents")).extracting(document -> document.path("fileName").asText(),
				document -> document.path("addedBy").asText())
			.containsExactly(tuple("placements.txt", "priya"));
		assertThat(story.path("notifications")).isNotEmpty();
		assertThat(story.path("interventions")).isEmpty();
		assertThat(story.path("incidents")).isEmpty();

		ResponseEntity<String> csv = rest.withBasicAuth("aaron", "aaron")
			.getForEntity("/api/audit/proposals/" + reference + "/story.csv", String.class);
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getBody()).contains("\"Which hospitals committed placements, and \"\"how many\"\"?\"");
		List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.getBody())).getRecords();
		JsonNode events = story.path("events");
		assertThat(lines).hasSize(events.size());
		for (int i = 0; i < lines.size(); i++) {
			CSVRecord line = lines.get(i);
			JsonNode event = events.get(i);
			assertThat(List.of(line.get("at"), line.get("event"), line.get("stage"), line.get("who"),
					line.get("outcome"), line.get("reason"), line.get("revision")))
				.as("line %d", i + 1)
				.containsExactly(Instant.parse(event.path("at").asText()).toString(), event.path("kind").asText(),
						event.path("stage").asText(""), event.path("who").asText(""), event.path("outcome").asText(""),
						event.path("reason").asText(""), event.path("revision").asText(""));
		}
		assertThat(lines).extracting(line -> Instant.parse(line.get("at"))).isSorted();
		assertThat(lines).filteredOn(line -> line.get("event").equals("DECISION"))
			.extracting(line -> line.get("stage"), line -> line.get("who"), line -> line.get("outcome"),
					line -> line.get("reason"), line -> line.get("revision"))
			.containsExactly(tuple("assessConcept", "colin", "moreInformation", QUESTION, "2"),
					tuple("assessConcept", "colin", "supported", "", "3"),
					tuple("endorseConcept", "sarah", "endorsed", "", "3"),
					tuple("formAdvisoryTeam", "colin", "formed", "", "3"),
					tuple("writeFullProposal", "adam", "submitted", "", "3"),
					tuple("reviewFullProposal", "sarah", "endorsed", "", "3"),
					tuple("recordBoardDecision", "bella", "approved", "", "3"));
		assertThat(lines).filteredOn(line -> line.get("event").equals("STEP_ENTERED"))
			.extracting(line -> line.get("stage"))
			.containsExactly("reviseConcept", "assessConcept", "reviseConcept", "assessConcept", "endorseConcept",
					"formAdvisoryTeam", "writeFullProposal", "reviewFullProposal", "recordBoardDecision");
		assertThat(lines).filteredOn(line -> line.get("event").equals("STEP_CLAIMED"))
			.extracting(line -> line.get("stage"), line -> line.get("who"))
			.containsExactly(tuple("assessConcept", "colin"));
		assertThat(lines).filteredOn(line -> line.get("event").equals("REVISION_SUBMITTED"))
			.extracting(line -> line.get("revision"))
			.containsExactly("1", "2", "3");
		assertThat(lines).filteredOn(line -> line.get("event").equals("DOCUMENT_ADDED"))
			.extracting(line -> line.get("who"), line -> line.get("detail"))
			.containsExactly(tuple("priya", "placements.txt"));
		assertThat(lines).filteredOn(line -> line.get("event").equals("STATUS_CHANGED"))
			.extracting(line -> line.get("outcome"))
			.startsWith("SUBMITTED", "RETURNED_FOR_REVISION");
	}

	@Test
	void overdueAssessmentAndTheAdministratorsChangesAndCancellationAreInTheStory() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String instance = tasklist.openTask(reference).path("processInstanceId").asText();
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 60L * 24 * 3600 * 1000));
		assertThat(tasklist.send(HttpMethod.PUT, "/engine-rest/process-instance/" + instance
				+ "/variables/reviewFrequencyMonths", "demo", Map.of("value", 24, "type", "Integer")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
		assertThat(tasklist.send(HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, "demo", null)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode story = tasklist.get("/api/audit/proposals/" + reference, "aaron");

		JsonNode assessment = story.path("steps").get(0);
		assertThat(assessment.path("step").asText()).isEqualTo("assessConcept");
		assertThat(assessment.path("overdue").asBoolean()).as("left after its due date").isTrue();
		assertThat(Duration.parse(assessment.path("duration").asText())).isGreaterThan(Duration.ofDays(59));
		assertThat(assessment.path("endedBecause").asText()).isEqualTo("deleted");
		assertThat(assessment.path("completedBy").isNull()).as("nobody completed it").isTrue();
		assertThat(story.path("interventions")).extracting(intervention -> intervention.path("operation").asText(),
				intervention -> intervention.path("by").asText())
			.contains(tuple("SetVariable", "demo"), tuple("Delete", "demo"));
		assertThat(story.path("lifecycle")).extracting(entry -> entry.path("transition").asText(),
				entry -> entry.path("actor").asText())
			.contains(tuple("CANCELLED_BY_ADMINISTRATOR", "demo"));
		assertThat(story.path("events")).extracting(event -> event.path("kind").asText())
			.containsSubsequence("PROCESS_STARTED", "STEP_ENTERED", "INTERVENTION", "INTERVENTION", "STEP_CANCELLED",
					"PROCESS_ENDED");
	}

	@Test
	void anIncidentOnAReminderAndTheAdministratorsRetryAreInTheStory() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String instance = tasklist.openTask(reference).path("processInstanceId").asText();
		String reminder = tasklist.get("/engine-rest/job?processInstanceId=" + instance + "&timers=true", "demo")
			.get(0).path("id").asText();

		for (int retries : List.of(0, 1)) {
			assertThat(tasklist.send(HttpMethod.PUT, "/engine-rest/job/" + reminder + "/retries", "demo",
					Map.of("retries", retries)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		}

		JsonNode story = tasklist.get("/api/audit/proposals/" + reference, "aaron");
		assertThat(story.path("incidents")).extracting(incident -> incident.path("type").asText(),
				incident -> incident.path("state").asText())
			.containsExactly(tuple("failedJob", "resolved"));
		assertThat(story.path("interventions")).extracting(intervention -> intervention.path("operation").asText(),
				intervention -> intervention.path("by").asText())
			.containsExactly(tuple("SetJobRetries", "demo"), tuple("SetJobRetries", "demo"));
		assertThat(story.path("events")).extracting(event -> event.path("kind").asText())
			.containsSubsequence("STEP_ENTERED", "INCIDENT", "INTERVENTION");
		assertThat(story.path("incidents").get(0).path("endedAt").isNull()).as("resolved by the retry").isFalse();
	}

	@Test
	void requesterIsRefusedTheStoryAndLearnsNothingOfTheProposal() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());

		for (String path : List.of("/api/audit/proposals/" + reference, "/api/audit/proposals/MC-1999-0001",
				"/api/audit/proposals/" + reference + "/story.csv", "/api/audit/decisions?from=2026-01-01&to=2030-12-31")) {
			ResponseEntity<JsonNode> refused = tasklist.getEntity(path, "priya");
			assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody().properties()).as(path).extracting(Map.Entry::getKey, entry -> entry.getValue().asText())
				.containsExactlyInAnyOrder(tuple("type", "FORBIDDEN"), tuple("message",
						"Only auditors and process administrators read the audit story and its exports."));
		}
	}

	@Test
	void auditorsAndProcessAdministratorsReadTheStoryAndAnUnknownProposalIsNotFound() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());

		assertThat(tasklist.get("/api/audit/proposals/" + reference, "aaron").path("reference").asText())
			.isEqualTo(reference);
		assertThat(tasklist.get("/api/audit/proposals/" + reference, "demo").path("steps").get(0).path("step").asText())
			.isEqualTo("assessConcept");
		assertThat(tasklist.getEntity("/api/audit/proposals/MC-1999-0001", "aaron").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void decisionsExportHoldsExactlyTheDecisionsMadeInThePeriod() throws IOException {
		String lastNightOfDecember = assessedAt("2026-12-31T23:59", "Late on the last day before the period");
		String lastNightOfJanuary = assessedAt("2027-01-31T23:59", "Late on the period's last day");
		String firstOfFebruary = assessedAt("2027-02-01T00:00", "Right after the period");
		assertThat(List.of(lastNightOfDecember, firstOfFebruary)).doesNotContain(lastNightOfJanuary);

		JsonNode decisions = tasklist.get("/api/audit/decisions?from=2027-01-01&to=2027-01-31", "aaron");

		assertThat(decisions).extracting(decision -> decision.path("reference").asText(),
				decision -> decision.path("outcome").asText(), decision -> decision.path("reason").asText(),
				decision -> decision.path("decidedBy").asText(), decision -> decision.path("revision").asInt())
			.containsExactly(tuple(lastNightOfJanuary, "notSupported", "Late on the period's last day", "colin", 1));

		ResponseEntity<String> csv = rest.withBasicAuth("demo", "demo")
			.getForEntity("/api/audit/decisions?from=2027-01-01&to=2027-01-31&format=csv", String.class);
		List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(csv.getBody())).getRecords();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).toList()).containsExactlyElementsOf(AuditCsv.DECISIONS_HEADER);
		assertThat(lines.get(1).toList()).containsExactly(lastNightOfJanuary, "Venipuncture Techniques",
				"assessConcept", "Assess concept", "notSupported", "Late on the period's last day", "colin",
				decisions.get(0).path("decidedAt").asText(), "1");
		assertThat(tasklist.getEntity("/api/audit/decisions?from=2027-01-31&to=2027-01-01", "aaron").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** The author revises the concept on "Revise concept", whose form is the concept form itself. */
	private void revise(String reference, Map<String, Object> concept) {
		JsonNode task = tasklist.openTask(reference);
		assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("reviseConcept");
		assertThat(tasklist.submitTaskForm(task.path("id").asText(), "priya", concept).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** A new concept not supported at assessment at {@code localTime} in the college's time zone. */
	private String assessedAt(String localTime, String reason) {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localTime).atZone(ZoneId.systemDefault()).toInstant()));
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "notSupported", "reason", reason));
		ClockUtil.reset();
		return reference;
	}

}
