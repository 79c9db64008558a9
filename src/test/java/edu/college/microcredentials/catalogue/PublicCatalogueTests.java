package edu.college.microcredentials.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.retention.RecordRetention;
import edu.college.microcredentials.retention.RemovedRecord;

/**
 * The public catalogue as a visitor and a badge platform meet it, without signing in: an approved credential is found
 * by words, competency, partner and delivery mode, and served as an Open Badges 2.0 BadgeClass and an Open Badges 3.0
 * Achievement that meet their specifications, aligned to its competencies; a revision at the periodic review shows on
 * its page, in the feed and in both badges; once retired it is no longer found and its badges say so. The public base
 * URL is set, so no URL may name localhost.
 */
// a fresh catalogue for each test; one engine at a time (Camunda names every context's engine "default")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "approval.issuer.base-url=https://credentials.college.example")
@Import(EntryRemoval.class)
class PublicCatalogueTests {

	static final String BASE = "https://credentials.college.example";

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	TasklistRestClient tasklist;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntryRemoval entries;

	@Autowired
	RecordRetention retention;

	@Autowired
	TaskService taskService;

	@BeforeEach
	void createPeople() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.create(identityService, "priya", "colin", "sarah", "bella", "adam", "ava");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void approvedCredentialIsFoundInTheCatalogueAndInBothBadgeFormatsUntilItIsRetired() throws Exception {
		Map<String, Object> withEuropeanElements = DemoConcepts.fullProposal();
		withEuropeanElements.putAll(Map.of("eqfLevel", "4", "notionalWorkloadHours", 75, "assessmentSupervision",
				"onsiteWithIdentityVerification", "prerequisites", "Working as a medical laboratory assistant"));
		String venipuncture = approved(DemoConcepts.venipuncture(), withEuropeanElements);
		Map<String, Object> ivConcept = DemoConcepts.ivInsertion();
		ivConcept.put("deliveryMode", "online");
		ivConcept.put("industryPartner", "Sunnybrook Nursing Practice Council");
		String ivInsertion = approved(ivConcept, DemoConcepts.fullProposal());

		// found by words, competency, partner and delivery mode; the other one is not
		assertThat(found(Map.of("q", "venipuncture techniques"))).containsExactly(venipuncture);
		assertThat(found(Map.of("q", "blood safely"))).containsExactlyInAnyOrder(venipuncture, ivInsertion);
		assertThat(found(Map.of("competency", "Perform venipuncture on adults"))).containsExactly(venipuncture);
		assertThat(found(Map.of("competency", "Insert a peripheral IV catheter"))).containsExactly(ivInsertion);
		assertThat(found(Map.of("partner", "Sunnybrook Nursing Practice Council"))).containsExactly(ivInsertion);
		assertThat(found(Map.of("mode", "blended"))).containsExactly(venipuncture);
		assertThat(found(Map.of("q", "venipuncture", "mode", "online"))).isEmpty();
		assertThat(found(Map.of())).containsExactlyInAnyOrder(venipuncture, ivInsertion);

		// both badge formats, aligned with the competencies, meeting the specifications
		JsonNode badgeClass = json("/api/badges/" + venipuncture);
		assertMeets("ob2-badgeclass", badgeClass);
		assertThat(badgeClass.path("id").asText()).isEqualTo(BASE + "/api/badges/" + venipuncture);
		assertThat(badgeClass.path("criteria").path("narrative").asText())
			.contains("Observed practical demonstration");
		assertThat(badgeClass.path("alignment")).hasSize(3);
		assertThat(badgeClass.path("alignment").get(0).path("targetName").asText()).isEqualTo("Perform venipuncture on adults");
		assertThat(badgeClass.path("alignment").get(0).path("targetUrl").asText())
			.isEqualTo("http://data.europa.eu/esco/skill/f3b2ee0c-7b67-4c18-9c2b-2d4b4b2a9f3e");
		assertThat(badgeClass.path("alignment").get(0).path("targetFramework").asText()).isEqualTo("ESCO");
		assertThat(badgeClass.path("alignment").get(1).path("targetUrl").asText())
			.isEqualTo(BASE + "/catalogue/" + venipuncture + "#competency-2");
		JsonNode issuer = json("/api/badges/issuer");
		assertMeets("ob2-profile", issuer);
		assertThat(issuer.path("id").asText()).isEqualTo(badgeClass.path("issuer").path("id").asText());

		JsonNode achievement = json("/api/achievements/" + venipuncture);
		assertMeets("ob3-achievement", achievement);
		assertThat(achievement.path("achievementType").asText()).isEqualTo("MicroCredential");
		assertThat(achievement.path("alignment").get(0).path("targetUrl").asText())
			.isEqualTo(badgeClass.path("alignment").get(0).path("targetUrl").asText());
		assertThat(achievement.path("creator").path("name").asText()).isEqualTo("Example College");
		assertThat(achievement.path("version").asText()).isEqualTo("1");
		assertThat(achievement.path("creditsAvailable").decimalValue()).isEqualByComparingTo("3.0");

		String image = rest.getForObject("/api/badges/" + venipuncture + "/image", String.class);
		assertThat(image).startsWith("<svg").contains(">Venipuncture Techniques<");

		// the page carries its structured data and the EU's elements; the feed lists both
		String page = rest.getForObject("/catalogue/" + venipuncture, String.class);
		assertThat(page).contains("\"@type\" : \"EducationalOccupationalCredential\"", "Awarding body",
				"Type of quality assurance", "75 hours of learning, 40 of them instructional", "3.0 ECTS credits",
				"EQF level 4", "On site, with identity verification", "Working as a medical laboratory assistant",
				"Canada (CA)", "Next periodic review");
		assertThat(rest.getForObject("/catalogue/" + ivInsertion, String.class)).contains("1.0 ECTS credits")
			.contains("not applicable");
		JsonNode feed = json("/api/catalogue");
		assertThat(feed.path("credentials")).hasSize(2);
		assertThat(feed.path("credentials").get(0).path("europeanElements").path("country").path("value").asText())
			.isEqualTo("Canada (CA)");

		// the periodic review asks for a revision: the change reaches the page, the feed and both badges
		reviewDue(venipuncture, 366);
		tasklist.complete(venipuncture, "reviewCredential", "colin",
				Map.of("decision", "revise", "reason", "Update to the 2027 infection control guideline"));
		tasklist.complete(venipuncture, "reviseCredential", "priya",
				Map.of("changesMade", "Module 3 rewritten for the 2027 infection control guideline"));
		assertThat(rest.getForObject("/catalogue/" + venipuncture, String.class))
			.contains("Module 3 rewritten for the 2027 infection control guideline");
		JsonNode revised = feedItem(venipuncture);
		assertThat(revised.path("changes").get(0).path("changes").asText()).startsWith("Module 3 rewritten");
		assertThat(revised.path("nextReviewOn").asText()).isNotEmpty();
		assertThat(json("/api/achievements/" + venipuncture).path("version").asText()).isEqualTo("2");
		assertThat(found(Map.of("q", "venipuncture"))).containsExactly(venipuncture);

		// retired at the next review: no longer found, and its badges say so
		reviewDue(venipuncture, 2 * 366);
		tasklist.complete(venipuncture, "reviewCredential", "colin",
				Map.of("decision", "retire", "reason", "Replaced by the national certificate"));
		assertThat(found(Map.of("q", "venipuncture"))).isEmpty();
		assertThat(found(Map.of())).containsExactly(ivInsertion);
		JsonNode retiredBadge = json("/api/badges/" + venipuncture);
		assertMeets("ob2-badgeclass", retiredBadge);
		assertThat(retiredBadge.path("description").asText()).startsWith("Retired on");
		assertThat(retiredBadge.path("tags").toString()).contains("\"retired\"");
		JsonNode retiredAchievement = json("/api/achievements/" + venipuncture);
		assertMeets("ob3-achievement", retiredAchievement);
		assertThat(retiredAchievement.path("description").asText()).startsWith("Retired on");
		assertThat(rest.getForObject("/api/badges/" + venipuncture + "/image", String.class)).contains("RETIRED");
		assertThat(rest.getForObject("/catalogue/" + venipuncture, String.class)).contains("it is no longer offered");
		assertThat(feedItem(venipuncture).path("status").asText()).isEqualTo("retired");

		// with the public base URL set, nothing published names localhost
		for (String published : List.of("/api/badges/" + venipuncture, "/api/achievements/" + venipuncture,
				"/api/badges/issuer", "/api/catalogue", "/catalogue/" + venipuncture, "/catalogue/" + ivInsertion,
				"/api/badges/" + ivInsertion, "/api/achievements/" + ivInsertion)) {
			assertThat(rest.getForObject(published, String.class)).as(published).doesNotContain("localhost", "127.0.0.1");
		}
	}

	@Test
	void retiredCredentialLeavesTheCatalogueWithItsRecordAtTheEndOfRetention() throws Exception {
		String reference = approved(DemoConcepts.venipuncture(), DemoConcepts.fullProposal());
		reviewDue(reference, 366);
		tasklist.complete(reference, "reviewCredential", "colin",
				Map.of("decision", "retire", "reason", "Replaced by the national certificate"));
		assertThat(rest.getForEntity("/api/badges/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 12 * 366 * 24L * 3600 * 1000));
		assertThat(retention.removeWhatIsPastRetention()).extracting(RemovedRecord::getReference).contains(reference);

		for (String gone : List.of("/catalogue/" + reference, "/api/badges/" + reference,
				"/api/achievements/" + reference)) {
			assertThat(rest.getForEntity(gone, String.class).getStatusCode()).as(gone).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(json("/api/catalogue").path("credentials")).isEmpty();
	}

	@Test
	void credentialPublishedBeforeTheCatalogueExistedGetsItsEntryAtStart() {
		String reference = approved(DemoConcepts.venipuncture(), DemoConcepts.fullProposal());
		entries.deleteByReferenceInNewTransaction(reference);
		assertThat(rest.getForEntity("/api/badges/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		catalogue.addMissingEntries();

		assertThat(rest.getForEntity("/api/badges/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(found(Map.of("q", "venipuncture techniques"))).containsExactly(reference);
	}

	@Test
	void credentialThatWasNeverPublishedHasNoPageNorBadge() {
		assertThat(rest.getForEntity("/catalogue/MC-2026-9999", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/api/badges/MC-2026-9999", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/api/achievements/MC-2026-9999", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String approved(Map<String, Object> concept, Map<String, Object> fullProposal) {
		String reference = tasklist.submitConcept("priya", concept);
		tasklist.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		tasklist.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());
		tasklist.complete(reference, "writeFullProposal", "adam", fullProposal);
		if (fullProposal.containsKey("eqfLevel")) {
			// the Senior Management Team sees what the catalogue will say before endorsing it
			String shown = ((SpinJsonNode) taskService
				.getVariableLocal(tasklist.openTask(reference).path("id").asText(), "proposal"))
				.prop("catalogueElements").stringValue();
			assertThat(shown).contains("EQF level: 4", "Notional workload: 75 hours",
					"On site, with identity verification");
		}
		tasklist.complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		tasklist.complete(reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));
		return reference;
	}

	/** Moves the clock past the review date and fires the review cycle's timer, as the job executor would. */
	private void reviewDue(String reference, int daysFromNow) {
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + daysFromNow * 24L * 3600 * 1000));
		JsonNode cycles = tasklist.get("/engine-rest/process-instance?processDefinitionKey=credential-periodic-review"
				+ "&businessKey=" + reference, "demo");
		assertThat(cycles).hasSize(1);
		JsonNode due = tasklist.get("/engine-rest/job?processInstanceId=" + cycles.get(0).path("id").asText(), "demo")
			.get(0);
		assertThat(tasklist.post("/engine-rest/job/" + due.path("id").asText() + "/execute", "demo", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** The references the public search page lists, in its order. */
	private List<String> found(Map<String, String> query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalogue");
		query.forEach(uri::queryParam);
		ResponseEntity<String> page = rest.getForEntity(uri.build().encode().toUri(), String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> references = new ArrayList<>();
		java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"/catalogue/(MC-\\d{4}-\\d{4})\"")
			.matcher(page.getBody());
		while (links.find()) {
			references.add(links.group(1));
		}
		return references;
	}

	private JsonNode json(String path) throws Exception {
		ResponseEntity<String> response = rest.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return JSON.readTree(response.getBody());
	}

	private JsonNode feedItem(String reference) throws Exception {
		for (JsonNode item : json("/api/catalogue").path("credentials")) {
			if (item.path("reference").asText().equals(reference)) {
				return item;
			}
		}
		throw new AssertionError(reference + " is not in the feed");
	}

	static void assertMeets(String schemaName, JsonNode document) throws Exception {
		try (InputStream in = PublicCatalogueTests.class.getResourceAsStream("/open-badges/" + schemaName + ".schema.json")) {
			JsonNode schemaNode = JSON.readTree(in);
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode)).getSchema(schemaNode);
			Set<ValidationMessage> problems = schema.validate(document);
			assertThat(problems).as("%s against %s", document, schemaName).isEmpty();
		}
	}

}
