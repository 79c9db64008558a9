package edu.college.microcredentials.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A converted program taken through every step of the development and periodic review diagrams, and so through
 * every task form: sent back once by the rules, asked for more information, quality-reviewed twice, revised by SMT,
 * approved, published, reviewed and revised. Before each step is completed, the test visits
 * it as the person who completes it.
 */
public final class EveryStep {

	/** What a test does at a step before it is completed. */
	public interface Visit {

		void at(Task task, String formId, String user);

	}

	private EveryStep() {
	}

	/** Walks a new proposal by priya through every step and returns its reference. */
	public static String walk(ProcessEngine engine, Visit visit) {
		ProposalJourney journey = ProposalJourney.of(engine);
		Map<String, Object> notEndorsed = DemoConcepts.convertedContrastInjection();
		notEndorsed.put("partnerEndorses", false);
		String reference = journey.submit("priya", notEndorsed).getBusinessKey();
		Walker walker = new Walker(engine, journey, reference, visit);

		walker.step("reviseConcept", "priya", DemoConcepts.convertedContrastInjection());
		walker.step("assessConcept", "colin", Map.of("decision", "moreInformation", "reason", "Name the hospitals"));
		walker.step("reviseConcept", "priya", DemoConcepts.convertedContrastInjection());
		walker.step("assessConcept", "colin", Map.of("decision", "supported"));
		walker.step("endorseConcept", "sarah", Map.of("decision", "endorsed"));
		Map<String, Object> team = DemoConcepts.advisoryTeam();
		team.put("resourcesRequested", true);
		team.put("resourceRequest", "Two days a month of a lab technologist");
		walker.step("formAdvisoryTeam", "colin", team);
		walker.step("confirmResources", "priya", Map.of("decision", "confirmed"));
		Map<String, Object> findings = qualityChecklist("met");
		findings.put("freeOfBias", "notMet");
		findings.put("freeOfBiasComment", "Case studies show adults of one background only");
		walker.step("reviewCurriculumQuality", "quinn", findings);
		walker.step("addressQualityFindings", "adam",
				Map.of("freeOfBiasResponse", "Case studies of every age and background"));
		walker.step("reviewCurriculumQuality", "quinn", qualityChecklist("met"));
		walker.step("writeFullProposal", "adam", DemoConcepts.fullProposal());
		walker.step("reviewFullProposal", "sarah", Map.of("decision", "revise", "reason", "Cost the lab time"));
		walker.step("writeFullProposal", "adam", DemoConcepts.fullProposal());
		walker.step("reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		walker.step("recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));
		String cycle = engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(ProcessKeys.PERIODIC_REVIEW).processInstanceBusinessKey(reference).singleResult()
			.getId();
		Job reviewDue = engine.getManagementService().createJobQuery().processInstanceId(cycle).singleResult();
		engine.getManagementService().executeJob(reviewDue.getId());
		walker.step("reviewCredential", "colin", Map.of("decision", "revise", "reason", "Update to the 2027 guideline"));
		walker.step("reviseCredential", "priya", Map.of("changesMade", "Module 3 rewritten"));
		return reference;
	}

	/** Every criterion of the curriculum quality review answered the same. */
	public static Map<String, Object> qualityChecklist(String answer) {
		Map<String, Object> checklist = new HashMap<>();
		FormFile.read("reviewCurriculumQuality").fields().stream()
			.filter(field -> field.path("values").findValuesAsText("value").contains("notMet"))
			.forEach(criterion -> checklist.put(criterion.get("key").asText(), answer));
		return checklist;
	}

	private record Walker(ProcessEngine engine, ProposalJourney journey, String reference, Visit visit) {

		void step(String taskKey, String user, Map<String, Object> form) {
			Task task = journey.openTasks(reference).stream()
				.filter(open -> open.getTaskDefinitionKey().equals(taskKey)).findFirst().orElseThrow();
			String formId = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
				.<UserTask>getModelElementById(taskKey).getCamundaFormRef();
			visit.at(task, formId, user);
			journey.complete(reference, taskKey, user, form);
		}

	}

}
