package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;

/**
 * Object variables sent through the REST API are turned into Java objects only of the application's own types and
 * the engine's basic ones (deserialization allow-list), and never by Java serialization, on every profile. Staff
 * never get this far (a form sends no objects: {@link InsiderAttacksTests}); this is what holds for the process
 * administrator, who may send any variable, and for the application's own code.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeserializationAllowListTests {

	static final String START_FORM = "/engine-rest/process-definition/key/micro-credential-development/submit-form";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate database;

	TasklistRestClient tasklist;

	@BeforeEach
	void setUp() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAll(identityService);
	}

	@Test
	void aStartFormFieldOfAnotherTypeIsNotDeserializedAndNothingIsCreated() {
		long before = proposalsAndInstances();
		Map<String, Object> variables = TasklistRestClient.typed(DemoConcepts.venipuncture());
		variables.put("title", jsonObject("java.io.File", "\"/etc/passwd\""));

		ResponseEntity<JsonNode> refused = tasklist.post(START_FORM, "demo", Map.of("variables", variables));

		assertThat(refused.getStatusCode().isError()).as("%s", refused.getBody()).isTrue();
		assertThat(refused.getBody().path("message").asText())
			.contains("Cannot deserialize object in variable 'title'", "java.io.File");
		assertThat(proposalsAndInstances()).isEqualTo(before);
	}

	@Test
	void aTaskVariableOfAnotherTypeIsNotDeserializedAndNotSet() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String task = tasklist.openTask(reference).path("id").asText();
		MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
		upload.add("data", part("\"/etc/passwd\"", MediaType.APPLICATION_JSON));
		upload.add("type", part("java.io.File", MediaType.TEXT_PLAIN));

		ResponseEntity<JsonNode> refused = rest.exchange(RequestEntity
			.post(URI.create(rest.getRootUri() + "/engine-rest/task/" + task + "/variables/attachment/data"))
			.headers(headers -> headers.setBasicAuth("demo", "demo"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload), JsonNode.class);

		assertThat(refused.getStatusCode().isError()).as("%s", refused.getBody()).isTrue();
		assertThat(refused.getBody().path("message").asText())
			.contains("not whitelisted for deserialization: [java.io.File]");
		assertThat(tasklist.get("/engine-rest/task/" + task + "/variables?deserializeValues=false", "demo").has("attachment"))
			.isFalse();
	}

	@Test
	void aJavaSerializedObjectIsRefusedAndNothingIsCreated() throws IOException {
		long before = proposalsAndInstances();
		Map<String, Object> variables = TasklistRestClient.typed(DemoConcepts.venipuncture());
		Map<String, Object> serialized = javaSerialized(new ArrayList<>(List.of("harmless")));
		variables.put("attachment", serialized);

		ResponseEntity<JsonNode> refused = tasklist.post(START_FORM, "demo", Map.of("variables", variables));

		assertThat(refused.getStatusCode().isError()).as("%s", refused.getBody()).isTrue();
		assertThat(refused.getBody().path("message").asText()).contains("Java serialization format is prohibited");
		assertThat(proposalsAndInstances()).isEqualTo(before);
	}

	@Test
	void anAllowedTypeIsStillReadBack() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String task = tasklist.openTask(reference).path("id").asText();
		ResponseEntity<JsonNode> set = rest.withBasicAuth("demo", "demo").exchange(RequestEntity
			.put(URI.create(rest.getRootUri() + "/engine-rest/task/" + task + "/variables/notes"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(jsonObject("java.util.ArrayList<java.lang.String>", "[\"first\",\"second\"]")), JsonNode.class);
		assertThat(set.getStatusCode().is2xxSuccessful()).as("%s", set.getBody()).isTrue();

		JsonNode notes = tasklist.get("/engine-rest/task/" + task + "/variables/notes", "demo");
		assertThat(notes.path("value")).extracting(JsonNode::asText).containsExactly("first", "second");
	}

	/** Proposal records and process instances, running or not. */
	private long proposalsAndInstances() {
		return database.queryForObject("select count(*) from proposal", Long.class)
				+ historyService.createHistoricProcessInstanceQuery().count();
	}

	private static Map<String, Object> jsonObject(String type, String json) {
		return Map.of("type", "Object", "value", json, "valueInfo",
				Map.of("objectTypeName", type, "serializationDataFormat", "application/json"));
	}

	private static Map<String, Object> javaSerialized(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return Map.of("type", "Object", "value", Base64.getEncoder().encodeToString(bytes.toByteArray()), "valueInfo",
				Map.of("objectTypeName", value.getClass().getName(), "serializationDataFormat",
						"application/x-java-serialized-object"));
	}

	private static HttpEntity<String> part(String content, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return new HttpEntity<>(content, headers);
	}

}
