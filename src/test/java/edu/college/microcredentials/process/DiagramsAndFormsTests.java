package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContext;

/**
 * What an administrator changing a diagram in Modeler must not break: each form a step names is deployed, each
 * candidate group is a known role, each {@code ${bean}} a delegate expression names exists.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class DiagramsAndFormsTests {

	private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ApplicationContext context;

	@Test
	void allThreeDiagramsAreDeployedAndTheRightOnesAreStartableInTasklist() {
		assertThat(latestDefinitions()).extracting(ProcessDefinition::getKey, ProcessDefinition::isStartableInTasklist)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("micro-credential-development", true),
					org.assertj.core.groups.Tuple.tuple("withdraw-proposal", true),
					org.assertj.core.groups.Tuple.tuple("credential-periodic-review", false));
		assertThat(latestDefinitions()).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
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
		ProcessDefinition development = latest("micro-credential-development");
		assertThat(repositoryService.getBpmnModelInstance(development.getId())
			.<StartEvent>getModelElementById("submitConcept").getCamundaFormRef()).isEqualTo("submitConcept");
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
