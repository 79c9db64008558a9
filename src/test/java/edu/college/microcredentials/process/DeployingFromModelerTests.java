package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modeler's deploy button: a POST of the diagram (with the forms and decision tables it needs) to
 * {@code /engine-rest/deployment/create}, signed in as a process administrator. The project's rules
 * ({@link DiagramRules}) refuse a broken diagram with a message naming the file and the element; staff cannot deploy.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeployingFromModelerTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Test
	void administratorDeploysAChangedDiagramWithItsFormsAndDecisions() {
		TestUsers.create(identityService, "demo");
		long before = repositoryService.createDeploymentQuery().count();

		ResponseEntity<JsonNode> deployed = deploy("demo", Repository.files());

		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 1);
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.latestVersion().singleResult().getVersionTag()).isNotBlank();
	}

	@Test
	void aBrokenDiagramIsRefusedWithTheFileAndTheElementAndNothingIsDeployed() {
		TestUsers.create(identityService, "demo");
		long before = repositoryService.createDeploymentQuery().count();
		Map<String, byte[]> files = Repository.files();
		String diagram = new String(files.get("processes/micro-credential-development.bpmn"), StandardCharsets.UTF_8);
		files.put("processes/micro-credential-development.bpmn",
				diagram.replace("camunda:historyTimeToLive=\"P3650D\" ", "")
					.replace("${publishCredential}", "${publishCredentials}")
					.replace("${decision == &#x27;notSupported&#x27;}", "${decision == &#x27;rejected&#x27;}")
					.getBytes(StandardCharsets.UTF_8));
		files.remove("forms/endorseConcept.form");

		ResponseEntity<JsonNode> refused = deploy("demo", files);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText())
			.contains("nothing was deployed")
			.contains("micro-credential-development.bpmn, element micro-credential-development: has no "
					+ "history time-to-live")
			.contains("element publishCredential: names the bean publishCredentials")
			.contains("element endorseConcept: names form endorseConcept, which is not deployed with it")
			.contains("element conceptNotSupportedFlow: routes on the outcome 'rejected'")
			.doesNotContain("Exception");
		assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void staffCannotDeploy() {
		TestUsers.create(identityService, "colin");
		long before = repositoryService.createDeploymentQuery().count();

		assertThat(deploy("colin", Repository.files()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
	}

	private ResponseEntity<JsonNode> deploy(String user, Map<String, byte[]> files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("deployment-name", "changed in Modeler");
		body.add("deployment-source", "Camunda Modeler");
		files.forEach((name, content) -> body.add(name, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name.substring(name.lastIndexOf('/') + 1);
			}
		}));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create",
				new HttpEntity<>(body, headers), JsonNode.class);
	}

}
