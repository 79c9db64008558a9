package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.Spin;
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

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalRepository;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * A signed-in but hostile member of staff, with their own password, through the real HTTP stack of the REST API:
 * each attempt is refused with a status and a message a person can act on (no engine codes, classes or SQL), and
 * nothing changes on the record or in the process. The demo cast: priya and paul request, colin is CE (and, here,
 * also a requester), aaron audits, demo administers.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsiderAttacksTests {

	static final String SUBMIT_CONCEPT = "/engine-rest/process-definition/key/" + ProcessKeys.DEVELOPMENT + "/submit-form";

	static final String REQUEST_WITHDRAWAL = "/engine-rest/process-definition/key/" + ProcessKeys.WITHDRAWAL
			+ "/submit-form";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalRepository allProposals;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	TasklistRestClient tasklist;

	@BeforeEach
	void setUp() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAll(identityService);
		if (identityService.createUserQuery().userId("colin").memberOfGroup("requesters").count() == 0) {
			identityService.createMembership("colin", "requesters");
		}
	}

	@Test
	void aRequesterCannotWithdrawAColleaguesProposalNorNameTheColleagueAsRequester() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());

		refused(tasklist.post(REQUEST_WITHDRAWAL, "paul", form(Map.of("proposalReference", reference,
				"withdrawalReason", "Not needed", "requestedBy", "priya"))), HttpStatus.BAD_REQUEST,
				"has no field 'requestedBy'");
		refused(tasklist.post(REQUEST_WITHDRAWAL, "paul", form(Map.of("proposalReference", reference,
				"withdrawalReason", "Not needed"))), HttpStatus.FORBIDDEN,
				"Only the author of " + reference + " (priya) can withdraw it.");

		Proposal untouched = proposals.find(reference);
		assertThat(untouched.getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(untouched.getStage()).isEqualTo("Assess concept");
		assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.WITHDRAWAL)
			.count()).isZero();
	}

	@Test
	void nobodySubmitsAConceptUnderAnotherName() {
		Map<String, Object> concept = new HashMap<>(DemoConcepts.venipuncture());
		concept.put("author", "priya");
		long before = allProposals.count();

		refused(tasklist.post(SUBMIT_CONCEPT, "paul", form(concept)), HttpStatus.BAD_REQUEST, "has no field 'author'");

		assertThat(allProposals.count()).isEqualTo(before);
		assertThat(proposals.find(tasklist.submitConcept("paul", DemoConcepts.venipuncture())).getAuthor())
			.isEqualTo("paul");
	}

	@Test
	void theFourEyesRuleReadsTheRecordWhateverTheDeciderSends() {
		String reference = tasklist.submitConcept("colin", DemoConcepts.venipuncture());
		String assessment = tasklist.openTask(reference).path("id").asText();

		refused(tasklist.submitTaskForm(assessment, "colin", Map.of("decision", "supported", "author", "someone-else")),
				HttpStatus.BAD_REQUEST, "has no field 'author'");
		refused(tasklist.send(HttpMethod.PUT, "/engine-rest/task/" + assessment + "/localVariables/author", "colin",
				Map.of("value", "someone-else")), HttpStatus.FORBIDDEN, "may not change a proposal's process variables");
		refused(tasklist.submitTaskForm(assessment, "colin", Map.of("decision", "supported")), HttpStatus.FORBIDDEN,
				"Four-eyes rule: colin submitted " + reference + " and cannot claim or decide on it.");

		assertThat(tasklist.openTask(reference).path("id").asText()).isEqualTo(assessment);
		assertThat(taskService.getVariablesLocal(assessment)).doesNotContainKey("author");
		assertThat(proposals.find(reference).getDecisions()).isEmpty();
	}

	@Test
	void theAuthorCannotSkipAStageBySettingProcessVariables() {
		Map<String, Object> withoutEndorsement = new HashMap<>(DemoConcepts.venipuncture());
		withoutEndorsement.put("partnerEndorses", false);
		String reference = tasklist.submitConcept("priya", withoutEndorsement);
		JsonNode revision = tasklist.openTask(reference);
		assertThat(revision.path("taskDefinitionKey").asText()).isEqualTo("reviseConcept");
		String task = revision.path("id").asText();
		String process = revision.path("processInstanceId").asText();
		Map<String, Object> before = runtimeService.getVariables(process);

		for (String variable : List.of("conversion", "decision", "author", "advisoryTeam")) {
			refused(tasklist.send(HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/" + variable, "priya",
					Map.of("value", "conversion".equals(variable) ? false : "someone-else")), HttpStatus.FORBIDDEN,
					"priya may not change a proposal's process variables");
		}
		refused(tasklist.post("/engine-rest/task/" + task + "/variables", "priya",
				Map.of("modifications", Map.of("conversion", Map.of("value", false)))), HttpStatus.FORBIDDEN,
				"process variables");
		refused(tasklist.send(HttpMethod.DELETE, "/engine-rest/task/" + task + "/variables/author", "priya", null),
				HttpStatus.FORBIDDEN, "process variables");
		refused(tasklist.post("/engine-rest/process-instance/" + process + "/variables", "priya",
				Map.of("modifications", Map.of("conversion", Map.of("value", false)))), HttpStatus.FORBIDDEN, null);

		assertThat(runtimeService.getVariables(process)).isEqualTo(before);
		assertThat(tasklist.send(HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/note", "demo",
				Map.of("value", "checked by the administrator")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(historyService.createUserOperationLogQuery().userId("demo").taskId(task).count()).isPositive();
	}

	@Test
	void onlyTheAuthorTheTeamAndTheRolesThatReviewReadAProposal() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		TestUsers.create(identityService, "ursula");
		if (identityService.createGroupQuery().groupId("allStaff").count() == 0) {
			identityService.saveGroup(identityService.newGroup("allStaff"));
			identityService.createMembership("ursula", "allStaff");
		}

		refused(tasklist.getEntity("/api/proposals/" + reference, "ursula"), HttpStatus.FORBIDDEN,
				"Only the author of " + reference + ", its advisory team, reviewing staff and auditors can read it.");
		refused(tasklist.getEntity("/api/proposals/" + reference, "paul"), HttpStatus.FORBIDDEN, null);
		refused(tasklist.getEntity("/api/proposals/MC-1999-0001", "colin"), HttpStatus.NOT_FOUND,
				"There is no micro-credential proposal with the reference 'MC-1999-0001'.");
		for (String reader : List.of("priya", "colin", "aaron", "demo")) {
			assertThat(tasklist.getEntity("/api/proposals/" + reference, reader).getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void theCallerCannotChooseAJavaClassForAValue() {
		Map<String, Object> variables = new HashMap<>(TasklistRestClient.typed(DemoConcepts.venipuncture()));
		variables.put("title", Map.of("type", "Object", "value", "{\"path\":\"/etc/passwd\"}", "valueInfo",
				Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")));
		long before = allProposals.count();

		refused(tasklist.post(SUBMIT_CONCEPT, "paul", Map.of("variables", variables)), HttpStatus.BAD_REQUEST,
				"\u2018Title of the micro-credential\u2019 must be text.");

		assertThat(allProposals.count()).isEqualTo(before);
	}

	@Test
	void overLongTextImpossibleNumbersAndNonDatesAreRefusedNamingTheField() {
		long before = allProposals.count();
		Map<String, String> attempts = Map.of("title", "Title of the micro-credential", "instructionalHours",
				"Instructional hours", "durationWeeks", "Duration in weeks", "proposedLaunch", "Proposed launch date");
		List<Map.Entry<String, Object>> values = List.of(Map.entry("title", "x".repeat(256)),
				Map.entry("instructionalHours", 4294967316L), Map.entry("instructionalHours", 1_000_000_000_000L),
				Map.entry("durationWeeks", -3), Map.entry("proposedLaunch", "not a date"));
		for (Map.Entry<String, Object> value : values) {
			Map<String, Object> concept = new HashMap<>(DemoConcepts.venipuncture());
			concept.put(value.getKey(), value.getValue());
			refused(tasklist.post(SUBMIT_CONCEPT, "paul", form(concept)), HttpStatus.BAD_REQUEST,
					"\u2018" + attempts.get(value.getKey()) + "\u2019");
		}
		assertThat(allProposals.count()).isEqualTo(before);

		String reference = tasklist.submitConcept("paul", DemoConcepts.venipuncture());
		String assessment = tasklist.openTask(reference).path("id").asText();
		refused(tasklist.submitTaskForm(assessment, "colin", Map.of("decision", "notSupported", "reason",
				"x".repeat(4001))), HttpStatus.BAD_REQUEST, "\u2018Reason\u2019 is longer than 4000 characters");
		assertThat(proposals.find(reference).getDecisions()).isEmpty();

		Map<String, Object> pastLaunch = new HashMap<>(DemoConcepts.venipuncture());
		pastLaunch.put("proposedLaunch", "2020-01-01");
		assertThat(proposals.find(tasklist.submitConcept("paul", pastLaunch)).currentConcept().problems())
			.anySatisfy(problem -> assertThat(problem).contains("The proposed launch date 2020-01-01 has passed"));
	}

	@Test
	void onlyAdministratorsChangeJobsSuchAsTheAssessmentReminder() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		Job reminder = managementService.createJobQuery()
			.processInstanceId(tasklist.openTask(reference).path("processInstanceId").asText()).list().get(0);

		for (String user : List.of("aaron", "colin", "priya")) {
			refused(tasklist.send(HttpMethod.PUT, "/engine-rest/job/" + reminder.getId() + "/retries", user,
					Map.of("retries", 0)), HttpStatus.FORBIDDEN, "process administrators");
		}

		assertThat(managementService.createJobQuery().jobId(reminder.getId()).singleResult().getRetries())
			.isEqualTo(reminder.getRetries());
		assertThat(tasklist.send(HttpMethod.PUT, "/engine-rest/job/" + reminder.getId() + "/retries", "demo",
				Map.of("retries", 1)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void commentsAreForThePeopleWhoActOnTheTaskNotForAuditors() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String assessment = tasklist.openTask(reference).path("id").asText();

		refused(tasklist.post("/engine-rest/task/" + assessment + "/comment/create", "aaron",
				Map.of("message", "Approve it")), HttpStatus.FORBIDDEN, "aaron may comment");
		ResponseEntity<JsonNode> commented = tasklist.post("/engine-rest/task/" + assessment + "/comment/create", "colin",
				Map.of("message", "Checking with the partner"));
		assertThat(commented.getStatusCode()).as("%s", commented.getBody()).isEqualTo(HttpStatus.OK);

		assertThat(taskService.getTaskComments(assessment)).extracting(comment -> comment.getFullMessage())
			.containsExactly("Checking with the partner");
	}

	@Test
	void theAdvisoryTeamIsPickedFromTheStaffDirectoryAndANameTypedInOrAnUnknownIdIsRefused() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		String formTeam = tasklist.openTask(reference).path("id").asText();
		assertThat(taskService.getVariableLocal(formTeam, "staffDirectory").toString())
			.as("one option per person: name (id), id").contains("(adam)\",\"value\":\"adam\"}");

		refused(tasklist.submitTaskForm(formTeam, "colin", Map.of("advisoryTeamLead", "Adam Clarke", "advisoryTeamMembers",
				Spin.JSON(List.of("ava")), "resourcesRequested", false)), HttpStatus.BAD_REQUEST,
				"\u2018Advisory team lead\u2019 must be chosen from the list the form offers (given: Adam Clarke).");
		refused(tasklist.submitTaskForm(formTeam, "colin", Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers",
				Spin.JSON(List.of("ava", "nobody")), "resourcesRequested", false)), HttpStatus.BAD_REQUEST,
				"\u2018Members\u2019 must be chosen from the list the form offers (given: nobody).");
		refused(tasklist.submitTaskForm(formTeam, "colin", Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers",
				"ava, sarah", "resourcesRequested", false)), HttpStatus.BAD_REQUEST,
				"\u2018Members\u2019 must be a list of the options the form offers.");

		assertThat(proposals.find(reference).advisoryTeamMembers()).isEmpty();
		assertThat(tasklist.openTask(reference).path("id").asText()).isEqualTo(formTeam);
	}

	@Test
	void staffCannotCreateATaskOfTheirOwn() {
		for (String user : List.of("colin", "priya")) {
			refused(tasklist.post("/engine-rest/task/create", user, Map.of("id", "my-own-" + user, "name", "Approve mine")),
					HttpStatus.FORBIDDEN, user + " may not create a task: tasks arise from the steps of a proposal.");
		}
		assertThat(taskService.createTaskQuery().taskName("Approve mine").count()).isZero();
	}

	private static Map<String, Object> form(Map<String, Object> values) {
		return Map.of("variables", TasklistRestClient.typed(values));
	}

	/** The refusal a person sees: its status, its message, and nothing of the engine's insides. */
	private static void refused(ResponseEntity<JsonNode> response, HttpStatus status, String message) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
		String said = response.getBody().path("message").asText();
		if (message != null) {
			assertThat(said).contains(message);
		}
		assertThat(said).doesNotContain("ENGINE-", "Exception", "org.camunda", "java.", "SQL", "Cannot submit");
	}

}
