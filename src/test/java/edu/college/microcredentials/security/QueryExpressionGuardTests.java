package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Camunda 7.24.0 evaluates expressions inside {@code orQueries} of an ad-hoc task query; the {@link QueryExpressionGuard}
 * refuses every query expression on the REST API and the webapps' API before the engine sees it. A probe bean counts
 * evaluations: the refused calls leave it untouched, while the engine's Java API, unguarded, does call it.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "approval.security.query-expression-guard.max-json-body=64KB")
class QueryExpressionGuardTests {

	static final String PROBE = "${expressionProbe.touch()}";

	static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ExpressionProbe probe;

	@Autowired
	TaskService taskService;

	@BeforeEach
	void resetProbe() {
		probe.touched.set(0);
	}

	@Test
	void expressionInAnOrQueryIsRefusedWithAClearMessageAndNotEvaluated() {
		ResponseEntity<JsonNode> refused = call(HttpMethod.POST, "/engine-rest/task", "demo",
				Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE))));

		assertRefused(refused, "orQueries[0].assigneeExpression");
	}

	@Test
	void expressionNestedDeeperIsRefusedToo() {
		Map<String, Object> nested = Map.of("orQueries", List.of(Map.of("processVariables", List.of(), "orQueries",
				List.of(Map.of("candidateGroupExpression", PROBE)))));

		assertRefused(call(HttpMethod.POST, "/engine-rest/task", "demo", nested),
				"orQueries[0].orQueries[0].candidateGroupExpression");
		assertRefused(call(HttpMethod.POST, "/engine-rest/task/count", "demo", nested),
				"orQueries[0].orQueries[0].candidateGroupExpression");
	}

	@Test
	void expressionInAQueryParameterIsRefused() {
		assertRefused(call(HttpMethod.GET, "/engine-rest/task?assigneeExpression=" + encoded(PROBE), "demo", null),
				"assigneeExpression");
		assertRefused(call(HttpMethod.GET, "/engine-rest/task/count?assignee%45xpression=" + encoded(PROBE), "demo", null),
				"assigneeExpression");
	}

	@Test
	void savedFiltersKeepTheirExpressionsButRunningOneWithAnExpressionIsRefused() {
		Map<String, Object> filter = new LinkedHashMap<>(Map.of("resourceType", "Task", "name", "Guard test: mine",
				"query", Map.of("assigneeExpression", "${currentUser()}")));
		ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/engine-rest/filter/create", "demo", filter);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.OK);
		String filterPath = "/engine-rest/filter/" + created.getBody().path("id").asText();

		filter.put("query", Map.of("candidateGroupsExpression", "${currentUserGroups()}"));
		assertThat(call(HttpMethod.PUT, filterPath, "demo", filter).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call(HttpMethod.GET, filterPath + "/list", "demo", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call(HttpMethod.POST, filterPath + "/count", "demo", Map.of("assignee", "demo")).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertRefused(call(HttpMethod.POST, filterPath + "/list", "demo", Map.of("assigneeExpression", PROBE)),
				"assigneeExpression");
		assertRefused(call(HttpMethod.POST, filterPath + "/count", "demo",
				Map.of("orQueries", List.of(Map.of("orQueries", List.of(Map.of("ownerExpression", PROBE)))))),
				"orQueries[0].orQueries[0].ownerExpression");
		assertRefused(call(HttpMethod.POST, filterPath + "/singleResult", "demo",
				Map.of("orQueries", List.of(Map.of("dueAfterExpression", PROBE)))), "orQueries[0].dueAfterExpression");
		// only the stored query of a filter being saved may hold expressions
		filter.put("properties", Map.of("descriptionExpression", PROBE));
		assertRefused(call(HttpMethod.PUT, filterPath, "demo", filter), "properties.descriptionExpression");

		assertThat(call(HttpMethod.DELETE, filterPath, "demo", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void queriesWithoutExpressionsStillWork() {
		ResponseEntity<JsonNode> listed = call(HttpMethod.POST, "/engine-rest/task", "demo",
				Map.of("orQueries", List.of(Map.of("assignee", "demo", "candidateGroup", "camunda-admin"))));
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(listed.getBody().isArray()).isTrue();
		assertThat(call(HttpMethod.GET, "/engine-rest/task?assignee=demo", "demo", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		// a variable may be called anything: a value named "...Expression" is not a query field
		assertThat(call(HttpMethod.POST, "/engine-rest/task", "demo",
				Map.of("processVariables", List.of(Map.of("name", "reviewExpression", "operator", "eq", "value", "x"))))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theGuardRunsBeforeSignInSoAnonymousCallersLearnNothingMore() {
		assertRefused(call(HttpMethod.POST, "/engine-rest/task", null,
				Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE)))), "orQueries[0].assigneeExpression");
		assertThat(call(HttpMethod.POST, "/engine-rest/task", null, Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aBodyTheGuardCannotReadThroughIsRefusedRatherThanPassedOn() {
		ResponseEntity<JsonNode> garbled = raw("{\"orQueries\":[{\"assignee\":\"demo\"}]");
		assertThat(garbled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(garbled.getBody().path("message").asText()).contains("not valid JSON");

		// the engine reads only the first JSON value of a body; the guard reads them all
		assertRefused(raw("{\"assignee\":\"demo\"} {\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"),
				"orQueries[0].assigneeExpression");

		ResponseEntity<JsonNode> tooLarge = raw("{\"assignee\":\"" + "x".repeat(70 * 1024) + "\"}");
		assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(tooLarge.getBody().path("message").asText()).contains("larger than 65536 bytes");
		assertThat(probe.touched).hasValue(0);
	}

	@Test
	void theWebappsEngineApiIsGuardedToo() {
		// anonymous: the guard answers before the webapps' sign-in and CSRF filters do
		assertRefused(call(HttpMethod.POST, WEBAPP_ENGINE + "/task", null,
				Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE)))), "orQueries[0].assigneeExpression");

		// signed in to Tasklist, with its session and CSRF token, as the browser calls it
		WebappSession tasklist = WebappSession.signIn(rest, "demo");
		ResponseEntity<JsonNode> listed = tasklist.post(WEBAPP_ENGINE + "/task",
				Map.of("orQueries", List.of(Map.of("assignee", "demo"))));
		assertThat(listed.getStatusCode()).as("%s", listed.getBody()).isEqualTo(HttpStatus.OK);
		assertRefused(tasklist.post(WEBAPP_ENGINE + "/task", Map.of("orQueries",
				List.of(Map.of("orQueries", List.of(Map.of("candidateUserExpression", PROBE)))))),
				"orQueries[0].orQueries[0].candidateUserExpression");
		assertRefused(tasklist.post(WEBAPP_ENGINE + "/task/count?involvedUserExpression=" + encoded(PROBE), Map.of()),
				"involvedUserExpression");
	}

	/** What the guard prevents: the engine itself evaluates an expression inside an or-query. */
	@Test
	void withoutTheGuardTheEngineEvaluatesAnOrQueryExpression() {
		Throwable outcome = catchThrowable(() -> taskService.createTaskQuery().or().taskAssigneeExpression(PROBE).endOr()
			.list());

		assertThat(probe.touched.get()).as("evaluations (query outcome: %s)", outcome).isPositive();
	}

	// ---

	private void assertRefused(ResponseEntity<JsonNode> response, String where) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("type").asText()).isEqualTo("InvalidRequestException");
		assertThat(response.getBody().path("message").asText())
			.isEqualTo("Expressions are not allowed in queries (" + where + ").");
		assertThat(probe.touched).as("evaluations of the probe").hasValue(0);
	}

	private ResponseEntity<JsonNode> call(HttpMethod method, String pathAndQuery, String user, Object body) {
		RequestEntity.BodyBuilder request = RequestEntity.method(method, URI.create(rest.getRootUri() + pathAndQuery));
		if (user != null) {
			request.headers(headers -> headers.setBasicAuth(user, user));
		}
		return rest.exchange(body == null ? request.build() : request.contentType(MediaType.APPLICATION_JSON).body(body),
				JsonNode.class);
	}

	private ResponseEntity<JsonNode> raw(String json) {
		return rest.exchange(RequestEntity.post(URI.create(rest.getRootUri() + "/engine-rest/task"))
			.headers(headers -> headers.setBasicAuth("demo", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json), JsonNode.class);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static class ExpressionProbe {

		final AtomicInteger touched = new AtomicInteger();

		public String touch() {
			touched.incrementAndGet();
			return "nobody";
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		@Bean
		ExpressionProbe expressionProbe() {
			return new ExpressionProbe();
		}

	}

}
