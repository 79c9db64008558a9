package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import edu.college.microcredentials.notification.MailFromTheOutboxTests.Mail;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;

/**
 * A person who chose the daily digest gets the day's mail in one message when the digest is gathered; everybody else
 * still gets a mail per event. colin (CE team) chooses the digest; priya and paul submit concepts.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class DailyDigestTests {

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	MailPreferences preferences;

	@Autowired
	DailyDigest digest;

	@Autowired
	MailOutbox outbox;

	ProposalJourney journey;

	@BeforeEach
	void demoPeopleWithAddresses() {
		TestUsers.createAllWithMailAddresses(identity);
		journey = ProposalJourney.of(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void threeEventsOfADayReachADigestReaderAsOneMailAndEveryoneElseAsThree() throws Exception {
		preferences.chooseDailyDigest("colin");
		String first = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		journey.complete(first, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(first, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		String second = journey.submit("paul", DemoConcepts.venipuncture()).getBusinessKey();
		outbox.drain();

		assertThat(to("colin")).as("held for the digest").isEmpty();
		assertThat(to("priya")).extracting(Mail::subject).containsExactly("[" + first + "] Assess concept",
				"[" + first + "] Endorse concept", "[" + first + "] Form advisory team");

		digest.gather();
		outbox.drain();
		digest.gather();
		outbox.drain();

		Mail daily = only(to("colin"));
		assertThat(daily.subject()).isEqualTo("Your daily digest: 3 messages about micro-credential proposals");
		assertThat(daily.plain()).contains("[" + first + "] Assess concept", "[" + first + "] Form advisory team",
				"[" + second + "] Assess concept", "Venipuncture Techniques",
				"http://localhost:8080/proposals/" + first, "http://localhost:8080/proposals/" + second,
				"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + journey.openTask(second).getId());
		assertThat(daily.html()).contains("href=\"http://localhost:8080/proposals/" + second + "\"");
		assertThat(to("priya")).as("one mail per event, as before").hasSize(3);
	}

	@Test
	void whatWasHeldGoesOutAtOnceWhenThePersonChoosesEachMessageAgain() throws Exception {
		preferences.chooseDailyDigest("colin");
		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		outbox.drain();
		assertThat(to("colin")).isEmpty();

		preferences.chooseEachMessage("colin");
		outbox.drain();
		digest.gather();
		outbox.drain();

		assertThat(only(to("colin")).subject()).isEqualTo("[" + reference + "] Assess concept");
		assertThat(preferences.receivesDailyDigest("colin")).isFalse();
	}

	private List<Mail> to(String userId) {
		return Arrays.stream(mailServer.getReceivedMessages()).map(Mail::of)
			.filter(mail -> mail.to().equals(userId + "@college.example.edu")).toList();
	}

	private static <T> T only(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

}
