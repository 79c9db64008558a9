package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.TestUsers;

/**
 * Nobody checks a colleague's password, and wrong passwords only delay an account's next sign-in, never lock it
 * for good: a colleague cannot shut someone out. Through the real HTTP stack (password = user id for the test cast).
 * A wrong password delays that person's next sign-in, so each test sends wrong ones only for someone no other test
 * signs in as (aaron, ava).
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordCheckingTests {

	static final String VERIFY = "/engine-rest/identity/verify";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void createPeople() {
		TestUsers.createAll(identityService);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void staffVerifyOnlyTheirOwnPassword() {
		assertVerified(verify(VERIFY, "paul", "paul", "paul"), "paul", true);

		for (String path : new String[] { VERIFY, "/engine-rest/engine/default/identity/verify" }) {
			ResponseEntity<JsonNode> refused = verify(path, "paul", "priya", "not-her-password");
			assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody().path("message").asText()).as(path)
				.isEqualTo("paul may verify only their own password, not priya's: only process administrators"
						+ " (camunda-admin) may verify another user's password.");
		}
		// the refused checks never reached priya's account: no delay was started for her
		assertThat(signIn("priya", "priya")).isEqualTo(HttpStatus.OK);
	}

	@Test
	void processAdministratorsVerifyAnyonesPassword() {
		assertVerified(verify(VERIFY, "demo", "priya", "priya"), "priya", true);
		assertVerified(verify(VERIFY, "demo", "aaron", "wrong"), "aaron", false);
	}

	@Test
	void theWebappsEngineApiAppliesTheSameRule() {
		String verify = "/camunda/api/engine/engine/default/identity/verify";
		WebappSession paul = WebappSession.signIn(rest, "paul");

		ResponseEntity<JsonNode> refused = paul.post(verify, Map.of("username", "priya", "password", "x"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().path("message").asText()).startsWith("paul may verify only their own password");
		assertVerified(paul.post(verify, Map.of("username", "paul", "password", "paul")), "paul", true);
		assertVerified(WebappSession.signIn(rest, "demo").post(verify, Map.of("username", "priya", "password", "priya")),
				"priya", true);
	}

	@Test
	void wrongPasswordsDelayTheNextSignInByAMinuteAtMostAndNeverLockForGood() {
		Instant now = Instant.now();
		// more wrong passwords than Camunda's default permanent lock allows (10), each after the last delay ran out
		for (int attempt = 1; attempt <= 12; attempt++) {
			now = now.plus(Duration.ofSeconds(61));
			ClockUtil.setCurrentTime(Date.from(now));
			assertThat(signIn("ava", "guessed-" + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		// the right password waits out the delay: guessing stays slow
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofSeconds(59))));
		assertThat(signIn("ava", "ava")).isEqualTo(HttpStatus.UNAUTHORIZED);
		// and then gets in, which ends the delays
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofSeconds(61))));
		assertThat(signIn("ava", "ava")).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<JsonNode> verify(String path, String caller, String user, String password) {
		return rest.withBasicAuth(caller, caller).postForEntity(path, Map.of("username", user, "password", password),
				JsonNode.class);
	}

	private HttpStatus signIn(String user, String password) {
		return HttpStatus.valueOf(
				rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class).getStatusCode().value());
	}

	private static void assertVerified(ResponseEntity<JsonNode> response, String user, boolean authenticated) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().path("authenticatedUser").asText()).isEqualTo(user);
		assertThat(response.getBody().path("authenticated").asBoolean()).isEqualTo(authenticated);
	}

}
