package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every {@code {{…}}} a form displays is given to its step: a proposal is taken through every form of the three
 * diagrams, and at each step each displayed value must be there, unless the text hides itself when it is empty.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class EveryFormShowsWhatItIsGivenTests {

	private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)(?:\\.(\\w+))?\\s*}}");

	@Autowired
	ProcessEngine engine;

	final Set<String> formsSeen = new LinkedHashSet<>();

	@Test
	void everyValueAFormDisplaysIsGivenToItsStep() {
		TestUsers.createAll(engine.getIdentityService());
		ProposalJourney journey = ProposalJourney.of(engine);
		Map<String, Object> oversized = DemoConcepts.convertedContrastInjection();
		oversized.put("instructionalHours", 1000);
		String reference = journey.submit("priya", oversized).getBusinessKey();

		step(journey, reference, "reviseConcept", "priya", DemoConcepts.convertedContrastInjection());
		step(journey, reference, "assessConcept", "colin",
				Map.of("decision", "moreInformation", "reason", "Name the hospitals"));
		step(journey, reference, "reviseConcept", "priya", DemoConcepts.convertedContrastInjection());
		step(journey, reference, "assessConcept", "colin", Map.of("decision", "supported"));
		step(journey, reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		Map<String, Object> team = DemoConcepts.advisoryTeam();
		team.put("resourcesRequested", true);
		team.put("resourceRequest", "Two days a month of a lab technologist");
		step(journey, reference, "formAdvisoryTeam", "colin", team);
		step(journey, reference, "confirmResources", "priya", Map.of("decision", "confirmed"));
		Map<String, Object> findings = qualityChecklist("met");
		findings.put("freeOfBias", "notMet");
		findings.put("freeOfBiasComment", "Case studies show adults of one background only");
		step(journey, reference, "reviewCurriculumQuality", "quinn", findings);
		step(journey, reference, "addressQualityFindings", "adam",
				Map.of("freeOfBiasResponse", "Case studies of every age and background"));
		step(journey, reference, "reviewCurriculumQuality", "quinn", qualityChecklist("met"));
		step(journey, reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		step(journey, reference, "reviewFullProposal", "sarah",
				Map.of("decision", "revise", "reason", "Cost the lab time"));
		step(journey, reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		step(journey, reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		step(journey, reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));
		String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(
				ProcessKeys.PERIODIC_REVIEW).processInstanceBusinessKey(reference).singleResult().getId();
		Job reviewDue = engine.getManagementService().createJobQuery().processInstanceId(cycle).singleResult();
		engine.getManagementService().executeJob(reviewDue.getId());
		step(journey, reference, "reviewCredential", "colin",
				Map.of("decision", "revise", "reason", "Update to the 2027 guideline"));
		step(journey, reference, "reviseCredential", "priya", Map.of("changesMade", "Module 3 rewritten"));

		assertThat(formsSeen).as("every form that displays values was checked")
			.containsExactlyInAnyOrderElementsOf(formsDisplayingValues());
	}

	/** Checks what the open step's form displays, then completes it. */
	private void step(ProposalJourney journey, String reference, String taskKey, String user, Map<String, Object> form) {
		Task task = journey.openTasks(reference).stream().filter(open -> open.getTaskDefinitionKey().equals(taskKey))
			.findFirst().orElseThrow();
		String formId = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
			.<UserTask>getModelElementById(taskKey).getCamundaFormRef();
		Map<String, Object> given = engine.getTaskService().getVariables(task.getId());
		for (JsonNode text : FormFile.read(formId).components()) {
			Matcher shown = SHOWN.matcher(text.path("text").asText());
			while (shown.find()) {
				String variable = shown.group(1);
				String property = shown.group(2);
				if (text.path("conditional").path("hide").asText().contains(variable)) {
					continue;
				}
				Object value = given.get(variable);
				if (property != null) {
					assertThat(value).as("%s on %s", variable, taskKey).isInstanceOf(SpinJsonNode.class);
					SpinJsonNode json = (SpinJsonNode) value;
					value = json.hasProp(property) ? json.prop(property).stringValue() : null;
				}
				assertThat(value).as("{{%s}} on %s (form %s)", shown.group(0).replaceAll("[{}]", ""), taskKey, formId)
					.isNotNull().asString().isNotBlank();
			}
		}
		formsSeen.add(formId);
		journey.complete(reference, taskKey, user, form);
	}

	private static Set<String> formsDisplayingValues() {
		Set<String> forms = new LinkedHashSet<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			files.map(file -> file.getFileName().toString().replace(".form", "")).sorted()
				.filter(id -> FormFile.read(id).texts().stream().anyMatch(text -> SHOWN.matcher(text).find()))
				.forEach(forms::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return forms;
	}

	private static Map<String, Object> qualityChecklist(String answer) {
		Map<String, Object> checklist = new HashMap<>();
		FormFile.read("reviewCurriculumQuality").fields().stream()
			.filter(field -> field.path("values").findValuesAsText("value").contains("notMet"))
			.forEach(criterion -> checklist.put(criterion.get("key").asText(), answer));
		return checklist;
	}

}
