package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;

/**
 * Monitoring sees mail that could not be delivered: the meters at /actuator/metrics count the failed attempts and
 * the deliveries that FAILED, until an administrator's retry delivers them. Only colin has an address, so a new
 * concept is one delivery.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000" })
class FailedMailInTheMetricsTests {

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDeliveryRepository deliveries;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void deliveryWhoseRetriesAreSpentShowsAsFailedUntilAnAdministratorsRetryDeliversIt() {
		TestUsers.createAll(identity);
		User colin = identity.createUserQuery().userId("colin").singleResult();
		colin.setEmail("colin@college.example.edu");
		identity.saveUser(colin);
		mailServer.stop();

		ProposalJourney.of(engine).submit("priya", DemoConcepts.venipuncture());
		for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4))) {
			later(wait);
			outbox.drain();
		}

		assertThat(metric("approval.mail.deliveries?tag=status:FAILED")).isEqualTo(1);
		assertThat(metric("approval.mail.deliveries?tag=status:PENDING")).isZero();
		assertThat(metric("approval.mail.send.failures")).isEqualTo(6);

		mailServer.start();
		MailDelivery failed = deliveries.findAll().get(0);
		assertThat(rest.withBasicAuth("demo", "demo")
			.postForEntity("/api/admin/mail/" + failed.getId() + "/retry", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		outbox.drain();

		assertThat(mailServer.getReceivedMessages()).hasSize(1);
		assertThat(metric("approval.mail.deliveries?tag=status:FAILED")).isZero();
		assertThat(metric("approval.mail.deliveries?tag=status:SENT")).isEqualTo(1);
		assertThat(metric("approval.mail.send.failures")).as("what failed stays counted").isEqualTo(6);
	}

	/** The value of a meter as monitoring reads it: signed in as a process administrator (others get 403). */
	private double metric(String nameAndTag) {
		assertThat(rest.getForEntity("/actuator/metrics/" + nameAndTag, String.class).getStatusCode())
			.as("anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("priya", "priya").getForEntity("/actuator/metrics/" + nameAndTag, String.class)
			.getStatusCode()).as("a requester").isEqualTo(HttpStatus.FORBIDDEN);
		var answer = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/metrics/" + nameAndTag, JsonNode.class);
		assertThat(answer.getStatusCode()).as(nameAndTag).isEqualTo(HttpStatus.OK);
		return answer.getBody().path("measurements").get(0).path("value").asDouble();
	}

	private static void later(Duration wait) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(wait).plusSeconds(1)));
	}

}
