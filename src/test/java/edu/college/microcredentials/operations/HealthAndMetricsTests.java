package edu.college.microcredentials.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;

/**
 * What monitoring reads: the load balancer sees only whether a node is up; process administrators see the database,
 * the engine and the job executor, and the meters of jobs, incidents and the mail outbox; nobody else sees those.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=true")
class HealthAndMetricsTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	TasklistRestClient tasklist;

	@BeforeEach
	void createPeople() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAll(identityService);
	}

	@Test
	void theLoadBalancerSeesUpAndReadyAndAdministratorsSeeTheDatabaseTheEngineAndTheJobExecutor() {
		JsonNode anyone = rest.getForObject("/actuator/health", JsonNode.class);
		assertThat(anyone.path("status").asText()).isEqualTo("UP");
		assertThat(anyone.has("components")).as("nothing more for the load balancer").isFalse();
		assertThat(tasklist.get("/actuator/health", "priya").has("components")).isFalse();
		assertThat(rest.getForObject("/actuator/health/readiness", JsonNode.class).path("status").asText())
			.as("ready: start-up work done").isEqualTo("UP");
		assertThat(rest.getForObject("/actuator/health/liveness", JsonNode.class).path("status").asText())
			.isEqualTo("UP");

		JsonNode administrator = tasklist.get("/actuator/health", "demo");

		assertThat(administrator.path("components").path("db").path("status").asText()).isEqualTo("UP");
		assertThat(administrator.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
		assertThat(administrator.path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");
	}

	@Test
	void aJobWhoseRetriesAreSpentShowsInTheMetersAsAFailedJobAndAnIncident() {
		long failedBefore = meter("approval.jobs.failed");
		long incidentsBefore = meter("approval.incidents.open");
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String instance = tasklist.openTask(reference).path("processInstanceId").asText();
		String reminder = tasklist.get("/engine-rest/job?processInstanceId=" + instance + "&timers=true", "demo").get(0)
			.path("id").asText();

		tasklist.send(HttpMethod.PUT, "/engine-rest/job/" + reminder + "/retries", "demo", Map.of("retries", 0));

		assertThat(meter("approval.jobs.failed")).isEqualTo(failedBefore + 1);
		assertThat(meter("approval.incidents.open")).isEqualTo(incidentsBefore + 1);
		assertThat(tasklist.getEntity("/actuator/metrics/approval.jobs.failed", "priya").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/actuator/metrics/approval.jobs.failed", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private long meter(String name) {
		return tasklist.get("/actuator/metrics/" + name, "demo").path("measurements").get(0).path("value").asLong();
	}

}
