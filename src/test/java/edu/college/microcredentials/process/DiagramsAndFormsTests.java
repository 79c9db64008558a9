package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * What an administrator changing a diagram in Modeler must not break, checked on every build: the project's rules
 * ({@link DiagramRules}, which also guard every deployment: forms, roles, beans, decisions, gateway outcomes, history
 * time-to-live, version tag, layout) on the files of {@code processes/} and {@code forms/}, each variable an
 * expression reads is one {@link ProcessVariables} names, and each task form links to its proposal's page.
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
	void everyDiagramInTheRepositoryKeepsTheProjectsRules() {
		List<DiagramRules.Problem> problems = new DiagramRules(Repository.files(), context::containsBean).problems();

		assertThat(problems).as("processes/ and forms/ (process/DiagramRules)").isEmpty();
		ProcessDefinition development = latest(ProcessKeys.DEVELOPMENT);
		assertThat(repositoryService.getBpmnModelInstance(development.getId())
			.<StartEvent>getModelElementById("submitConcept").getCamundaFormRef()).isEqualTo("submitConcept");
		assertThat(latestDefinitions()).allSatisfy(definition -> assertThat(definition.getVersionTag()).isNotBlank());
	}

	@Test
	void aStepWhoseFormIsMissingIsRefusedNamingTheStepAndTheForm() {
		assertThat(problemsWith("processes/micro-credential-development.bpmn", diagram -> diagram
			.replace("camunda:formRef=\"endorseConcept\"", "camunda:formRef=\"endorseConcepts\"")))
			.containsExactly("processes/micro-credential-development.bpmn, element endorseConcept: names form "
					+ "endorseConcepts, which is not deployed with it: add forms/endorseConcepts.form (its id "
					+ "endorseConcepts) to the deployment.");
	}

	@Test
	void aDelegateNamingNoBeanIsRefusedNamingTheElementAndTheBean() {
		assertThat(problemsWith("processes/micro-credential-development.bpmn", diagram -> diagram
			.replace("${publishCredential}", "${publishCredentials}")))
			.singleElement().asString()
			.startsWith("processes/micro-credential-development.bpmn, element publishCredential: names the bean "
					+ "publishCredentials (${publishCredentials}), which does not exist");
	}

	@Test
	void aGatewayOutcomeNoFormOffersIsRefusedNamingTheFlow() {
		assertThat(problemsWith("processes/micro-credential-development.bpmn", diagram -> diagram
			.replace("${decision == &#x27;notEndorsed&#x27;}", "${decision == &#x27;rejected&#x27;}")))
			.containsExactlyInAnyOrder(
					"processes/micro-credential-development.bpmn, element conceptNotEndorsedFlow: routes on the "
							+ "outcome 'rejected', which the form endorseConcept of endorseConcept does not offer (it "
							+ "offers [endorsed, notEndorsed, moreInformation]).",
					"processes/micro-credential-development.bpmn, element endorsementGateway: takes no flow for the "
							+ "outcome 'notEndorsed', which the form endorseConcept of endorseConcept offers: add a "
							+ "flow with ${decision == 'notEndorsed'}.");
	}

	@Test
	void aDiagramWithoutHistoryTimeToLiveOrVersionTagIsRefusedWithWhatToSet() {
		assertThat(problemsWith("processes/withdraw-proposal.bpmn", diagram -> diagram
			.replace("camunda:historyTimeToLive=\"P3650D\"", "").replaceAll("camunda:versionTag=\"[^\"]*\"", "")))
			.containsExactly("processes/withdraw-proposal.bpmn, element withdraw-proposal: has no history "
					+ "time-to-live: the engine refuses a diagram without one. In Modeler select the process and set "
					+ "History cleanup → Time to live (camunda:historyTimeToLive), P3650D like the others.",
					"processes/withdraw-proposal.bpmn, element withdraw-proposal: has no version tag. In Modeler "
							+ "select the process and set Version tag (camunda:versionTag), e.g. the date of the "
							+ "change.");
	}

	@Test
	void aDecisionTableWithoutHistoryTimeToLiveIsRefusedNamingTheDecision() {
		assertThat(problemsWith("processes/review-routing.dmn", table -> table
			.replace(" camunda:historyTimeToLive=\"P3650D\"", "")))
			.singleElement().asString().startsWith("processes/review-routing.dmn, element reviewRouting: has no "
					+ "history time-to-live");
	}

	@Test
	void aBusinessRuleTaskFollowingTheLatestTableIsRefused() {
		assertThat(problemsWith("processes/micro-credential-development.bpmn", diagram -> diagram
			.replace(" camunda:decisionRefBinding=\"deployment\"", "")))
			.singleElement().asString().contains("element decideReviews: calls decision reviewRouting with binding "
					+ "latest (the default): set Binding to deployment");
	}

	private List<String> problemsWith(String file, java.util.function.UnaryOperator<String> change) {
		Map<String, byte[]> files = Repository.files();
		files.put(file, change.apply(new String(files.get(file), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8));
		return new DiagramRules(files, context::containsBean).problems().stream().map(Object::toString).toList();
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
