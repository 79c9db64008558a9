package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.EveryStep;
import edu.college.microcredentials.process.FormFile;
import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.ProposalRepository;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Every field of every form, fed what its form could never send (the wrong type, a number out of range, text too
 * long, a required field empty, a Java object), through the REST API as the person whose step it is: each time a
 * 400 naming the field, and nothing stored: the task stays open, the record and the process are as they were.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryFormRefusesWhatItCannotSendTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalRepository allProposals;

	final Set<String> formsTried = new LinkedHashSet<>();

	@Test
	void everyFieldOfEveryFormRefusesWhatItsFormCannotSend() {
		TestUsers.createAll(engine.getIdentityService());
		TasklistRestClient tasklist = new TasklistRestClient(rest);
		long proposalsBefore = allProposals.count();
		tryEveryField("submitConcept", "priya", DemoConcepts.venipuncture(),
				"/engine-rest/process-definition/key/" + ProcessKeys.DEVELOPMENT + "/submit-form", tasklist);
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		tryEveryField("requestWithdrawal", "priya", Map.of("proposalReference", reference, "withdrawalReason", "x"),
				"/engine-rest/process-definition/key/" + ProcessKeys.WITHDRAWAL + "/submit-form", tasklist);
		assertThat(allProposals.count()).isEqualTo(proposalsBefore + 1);

		EveryStep.walk(engine, (task, formId, user) -> {
			if (formsTried.add(formId)) {
				tryEveryFieldOfTask(task, formId, user, tasklist);
			}
		});

		assertThat(formsTried).containsExactlyInAnyOrder("submitConcept", "requestWithdrawal", "assessConcept",
				"endorseConcept", "formAdvisoryTeam", "confirmResources", "reviewCurriculumQuality",
				"addressQualityFindings", "writeFullProposal", "reviewFullProposal", "recordBoardDecision",
				"reviewCredential", "reviseCredential");
	}

	private void tryEveryFieldOfTask(Task task, String formId, String user, TasklistRestClient tasklist) {
		String reference = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
		int decisions = proposals.find(reference).getDecisions().size();
		int revisions = proposals.find(reference).getRevisions().size();
		Map<String, Object> variables = engine.getRuntimeService().getVariables(task.getProcessInstanceId());

		tryEveryField(formId, user, Map.of(), "/engine-rest/task/" + task.getId() + "/submit-form", tasklist);

		assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(formId).isOne();
		assertThat(proposals.find(reference).getDecisions()).as(formId).hasSize(decisions);
		assertThat(proposals.find(reference).getRevisions()).as(formId).hasSize(revisions);
		assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).as(formId).isEqualTo(variables);
	}

	/** Each wrong value in a submission that is otherwise right: a 400 that names the field. */
	private void tryEveryField(String formId, String user, Map<String, Object> rightValues, String path,
			TasklistRestClient tasklist) {
		formsTried.add(formId);
		for (JsonNode field : FormFile.read(formId).fields()) {
			if (field.path("disabled").asBoolean()) {
				continue;
			}
			String key = field.path("key").asText();
			for (Object wrong : wrongValuesFor(field)) {
				Map<String, Object> variables = new HashMap<>(TasklistRestClient.typed(rightValues));
				variables.put(key, wrong instanceof Map<?, ?> typed ? typed : Map.of("value", wrong));
				ResponseEntity<JsonNode> refused = tasklist.post(path, user, Map.of("variables", variables));

				String what = formId + "." + key + " = " + wrong;
				assertThat(refused.getStatusCode()).as("%s: %s", what, refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(refused.getBody().path("message").asText()).as(what).contains("\u2018" + plainLabel(field))
					.doesNotContain("ENGINE-", "Exception", "SQL");
			}
		}
	}

	private static List<Object> wrongValuesFor(JsonNode field) {
		JsonNode limits = field.path("validate");
		List<Object> wrong = new ArrayList<>();
		wrong.add(Map.of("type", "Object", "value", "{}", "valueInfo",
				Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
		switch (field.path("type").asText()) {
			case "textfield", "textarea" -> {
				wrong.add(12345);
				wrong.add("x".repeat(limits.path("maxLength").asInt() + 1));
				if (limits.path("required").asBoolean()) {
					wrong.add("");
				}
			}
			case "number" -> {
				wrong.add("twelve");
				wrong.add(4294967316L);
				wrong.add(limits.path("max").asLong() + 1);
				wrong.add(limits.path("min").asLong() - 1);
				wrong.add(1.5);
			}
			case "checkbox" -> wrong.add("yes");
			case "radio", "select" -> {
				wrong.add("notAnOption");
				wrong.add(7);
			}
			case "checklist", "taglist" -> {
				wrong.add("demonstration");
				wrong.add(Map.of("type", "Json", "value", "[\"bogus\"]"));
			}
			case "datetime" -> {
				wrong.add("not a date");
				wrong.add(20270318);
			}
			default -> throw new IllegalStateException("no wrong values for " + field);
		}
		return wrong;
	}

	/** The label the form shows; empty where it is computed (a FEEL expression), which the message puts in words. */
	private static String plainLabel(JsonNode field) {
		String label = field.path("label").asText(field.path("dateLabel").asText());
		return label.startsWith("=") ? "" : label;
	}

}
