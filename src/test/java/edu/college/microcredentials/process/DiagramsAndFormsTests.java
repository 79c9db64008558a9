package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContext;

/**
 * What an administrator changing a diagram in Modeler must not break: each form a step names is deployed, each
 * candidate group is a known role, each {@code ${bean}} a delegate expression names exists, each outcome a gateway
 * routes on is one the deciding form offers, each variable an expression reads is one {@link ProcessVariables} names,
 * and each task form links to its proposal's page.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class DiagramsAndFormsTests {

	private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

	private static final Pattern OUTCOME = Pattern.compile("^\\$\\{decision == '(\\w+)'}$");

	/** The first name in each {@code ${…}} expression: a variable, or a bean when followed by a property. */
	private static final Pattern EXPRESSION_ROOT = Pattern.compile("\\$\\{!?\\s*([A-Za-z_]\\w*)");

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationContext context;

	@Autowired
	DecisionDeadlines deadlines;

	@Test
	void allThreeDiagramsAreDeployedAndTheRightOnesAreStartableInTasklist() {
		assertThat(latestDefinitions()).extracting(ProcessDefinition::getKey, ProcessDefinition::isStartableInTasklist)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ProcessKeys.DEVELOPMENT, true),
					org.assertj.core.groups.Tuple.tuple(ProcessKeys.WITHDRAWAL, true),
					org.assertj.core.groups.Tuple.tuple(ProcessKeys.PERIODIC_REVIEW, false));
		assertThat(latestDefinitions()).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
	}

	@Test
	void everyDiagramKeepsItsHistoryTenYearsAndOnlyTheRecordRetentionRemovesIt() {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

		assertThat(latestDefinitions()).extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(3650);
		assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
		assertThat(configuration.isHistoryCleanupEnabled())
			.as("the engine's cleanup would remove history without the record (retention/RecordRetention)").isFalse();
	}

	@Test
	void everyStartFormAndTaskFormIsDeployedWithItsDiagram() {
		for (ProcessDefinition definition : latestDefinitions()) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
				assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
				assertThat(formDeployedWith(definition, task.getCamundaFormRef())).as("form %s", task.getCamundaFormRef())
					.isTrue();
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					assertThat(formDeployedWith(definition, start.getCamundaFormRef())).isTrue();
				}
			}
		}
		ProcessDefinition development = latest(ProcessKeys.DEVELOPMENT);
		assertThat(repositoryService.getBpmnModelInstance(development.getId())
			.<StartEvent>getModelElementById("submitConcept").getCamundaFormRef()).isEqualTo("submitConcept");
	}

	@Test
	void everyTaskFormLinksToItsProposalsPageAndListsItsDocuments() {
		for (ProcessDefinition definition : latestDefinitions()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class)) {
				assertThat(FormFile.read(task.getCamundaFormRef()).texts()).as("forms/%s.form", task.getCamundaFormRef())
					.anySatisfy(text -> assertThat(text).contains("](/proposals/{{proposal.reference}})",
							"{{#loop proposal.documents}}"));
			}
		}
	}

	@Test
	void everyStepOfferedToARoleIsDueSoTheSoonestDueComeFirst() {
		for (ProcessDefinition definition : latestDefinitions()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class)) {
				if (task.getCamundaCandidateGroups() != null) {
					assertThat(task.getCamundaDueDate() != null || deadlines.of(task.getId()).isPresent())
						.as("a due date for %s (approval.deadlines.steps)", task.getId()).isTrue();
				}
			}
		}
	}

	@Test
	void everyCandidateGroupIsAKnownRole() {
		List<String> groups = new ArrayList<>();
		for (ProcessDefinition definition : latestDefinitions()) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaCandidateGroups)
				.filter(value -> value != null).flatMap(value -> Stream.of(value.split(",")))
				.forEach(group -> groups.add(group.trim()));
			if (definition.isStartableInTasklist()) {
				groups.addAll(List.of(model.getModelElementById(definition.getKey()).getAttributeValueNs(
						"http://camunda.org/schema/1.0/bpmn", "candidateStarterGroups").split(",")));
			}
		}
		assertThat(groups).isNotEmpty().allSatisfy(group -> assertThat(Role.ofGroup(group)).as(group).isPresent());
	}

	@Test
	void everyDelegateExpressionNamesABean() {
		for (ProcessDefinition definition : latestDefinitions()) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			List<String> expressions = new ArrayList<>();
			model.getModelElementsByType(CamundaTaskListener.class)
				.forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
			model.getModelElementsByType(CamundaExecutionListener.class)
				.forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
			model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
				.forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
			for (String expression : expressions) {
				Matcher bean = BEAN.matcher(expression);
				assertThat(bean.matches()).as(expression).isTrue();
				assertThat(context.containsBean(bean.group(1))).as("bean %s", bean.group(1)).isTrue();
			}
		}
	}

	@Test
	void everyOutcomeAGatewayRoutesOnIsAnOptionOfTheFormDecidingItAndEveryOptionIsRouted() {
		int gateways = 0;
		List<String> decidedByAnswers = new ArrayList<>();
		for (ProcessDefinition definition : latestDefinitions()) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
				List<String> routed = gateway.getOutgoing().stream().map(SequenceFlow::getConditionExpression)
					.filter(condition -> condition != null).map(condition -> OUTCOME.matcher(condition.getTextContent()))
					.filter(Matcher::matches).map(outcome -> outcome.group(1)).toList();
				if (routed.isEmpty()) {
					continue;
				}
				gateways++;
				FlowNode decidingStep = gateway.getIncoming().iterator().next().getSource();
				assertThat(decidingStep).as("what comes before %s", gateway.getId()).isInstanceOf(UserTask.class);
				Optional<JsonNode> radio = FormFile.read(((UserTask) decidingStep).getCamundaFormRef())
					.field(ProcessVariables.DECISION);
				if (radio.isEmpty()) {
					decidedByAnswers.add(decidingStep.getId());
					continue;
				}
				List<String> offered = radio.get().path("values").findValuesAsText("value");
				assertThat(routed).as("outcomes %s routes on after %s", gateway.getId(), decidingStep.getId())
					.containsExactlyInAnyOrderElementsOf(offered);
			}
		}
		assertThat(gateways).as("gateways routing on a decision").isGreaterThanOrEqualTo(7);
		assertThat(decidedByAnswers).as("steps whose outcome follows from the answers (RecordQualityReview)")
			.containsExactly("reviewCurriculumQuality");
	}

	@Test
	void everyNameAnExpressionReadsIsAProcessVariableOrABean() throws IllegalAccessException {
		List<String> variables = new ArrayList<>();
		for (Field field : ProcessVariables.class.getFields()) {
			variables.add((String) field.get(null));
		}
		for (ProcessDefinition definition : latestDefinitions()) {
			Matcher name = EXPRESSION_ROOT
				.matcher(Bpmn.convertToString(repositoryService.getBpmnModelInstance(definition.getId())));
			while (name.find()) {
				assertThat(variables.contains(name.group(1)) || context.containsBean(name.group(1)))
					.as("%s in %s is named in ProcessVariables or is a bean", name.group(1), definition.getKey())
					.isTrue();
			}
		}
	}

	private boolean formDeployedWith(ProcessDefinition definition, String formId) {
		return repositoryService.getDeploymentResources(definition.getDeploymentId()).stream()
			.anyMatch(resource -> resource.getName().endsWith("forms/" + formId + ".form"));
	}

	private List<ProcessDefinition> latestDefinitions() {
		return repositoryService.createProcessDefinitionQuery().latestVersion().list();
	}

	private ProcessDefinition latest(String key) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

}
