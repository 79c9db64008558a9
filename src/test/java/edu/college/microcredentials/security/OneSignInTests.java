package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.notification.MailDeliveryRepository;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;

/**
 * One sign-in: whoever signed in to Tasklist reads the application's pages and API without another password; a
 * program still signs each API call with HTTP Basic; a page elsewhere cannot use the session to change anything.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneSignInTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Autowired
	MailDeliveryRepository deliveries;

	TasklistRestClient tasklist;

	@BeforeEach
	void setUp() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAll(identityService);
	}

	@Test
	void authorSignedInToTasklistReadsMyProposalsAndTheRecordWithoutAnotherPassword() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		WebappSession priya = WebappSession.signIn(rest, "priya");

		ResponseEntity<String> myProposals = priya.page("/proposals");
		assertThat(myProposals.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(myProposals.getBody()).contains("My proposals").contains(reference);

		ResponseEntity<String> record = priya.get("/api/proposals/" + reference);
		assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(record.getHeaders().getFirst("WWW-Authenticate")).as("no browser password dialog").isNull();
		assertThat(record.getBody()).contains("\"reference\":\"" + reference + "\"");
	}

	@Test
	void authorInTheDecidingGroupIsNotSentToDecideOnTheirOwnProposal() {
		if (identityService.createUserQuery().userId("colin").memberOfGroup("requesters").count() == 0) {
			identityService.createMembership("colin", "requesters");
		}
		String reference = tasklist.submitConcept("colin", DemoConcepts.venipuncture());

		String myProposals = WebappSession.signIn(rest, "colin").page("/proposals").getBody();

		assertThat(myProposals).contains(reference).contains("Continuing Education team")
			.contains("Nothing for you now").doesNotContain("Assess concept in Tasklist");
	}

	@Test
	void colleagueIsRefusedAnotherAuthorsProposalPageAndLearnsNothingOfIt() {
		String reference = tasklist.submitConcept("priya", DemoConcepts.venipuncture());

		ResponseEntity<String> page = WebappSession.signIn(rest, "paul").page("/proposals/" + reference);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getBody()).contains("Not yours to see").doesNotContain("Venipuncture").doesNotContain("priya");
	}

	@Test
	void someoneNotSignedInIsSentToTheSignInPage() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/proposals")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aPageElsewhereCannotRetryMailWithAnAdministratorsSession() {
		long kept = deliveries.count();
		WebappSession demo = WebappSession.signIn(rest, "demo");

		ResponseEntity<String> forged = demo.postWithCookieOnly("/api/admin/mail/1/retry");

		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deliveries.count()).isEqualTo(kept);
		assertThat(tasklist.send(HttpMethod.POST, "/api/admin/mail/999999/retry", "demo",
				Map.of()).getStatusCode()).as("a program signing the call with Basic").isEqualTo(HttpStatus.NOT_FOUND);
	}

}
