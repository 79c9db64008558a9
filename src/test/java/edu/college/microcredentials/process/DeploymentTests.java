package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DeploymentTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Test
	void conceptCanBeSubmittedThroughTheStartForm() {
		ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("micro-credential-development").latestVersion().singleResult();

		assertThat(definition.isStartableInTasklist()).isTrue();
		assertThat(formService.getStartFormKey(definition.getId())).isNull();
		assertThat(formService.getDeployedStartForm(definition.getId())).isNotNull();
		assertThat(formService.submitStartForm(definition.getId(), Map.of("title", "Venipuncture")).isEnded()).isTrue();
	}

}
