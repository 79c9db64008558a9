package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * Mail from the outbox to a real SMTP server inside the test (GreenMail). People: priya submits, colin is on the CE
 * team, sarah on SMT; the others of the demo cast have no part in these proposals. The drain is called directly,
 * after moving the engine clock.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000" })
class MailFromTheOutboxTests {

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	ProposalService proposals;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	MailDeliveryRepository deliveries;

	@Autowired
	NotificationRepository notifications;

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
	void ceTeamIsToldOfANewAssessmentWithLinksToTheTaskAndTheProposal() throws Exception {
		String reference = submit();
		outbox.drain();

		Mail assess = only(mailsAbout(reference, "colin"));
		String taskLink = "http://localhost:8080/camunda/app/tasklist/default/#/?task="
				+ journey.openTask(reference).getId();
		String proposalLink = "http://localhost:8080/proposals/" + reference;
		assertThat(assess.subject()).isEqualTo("[" + reference + "] Assess concept");
		assertThat(assess.contentType()).startsWith("multipart/alternative");
		assertThat(assess.plain()).contains(reference, "Venipuncture Techniques",
				"The proposal has reached the step \"Assess concept\"", "Stage: Assess concept", "Due: ",
				"Open the task in Tasklist: " + taskLink, "See the proposal: " + proposalLink);
		assertThat(assess.html()).contains("<h1 style=\"font-size: 1.2em\">[" + reference + "] Assess concept</h1>",
				"href=\"" + taskLink + "\"", "href=\"" + proposalLink + "\"");
		assertThat(assess.messageId()).isEqualTo(delivery(reference, "colin", "Assess concept").getMessageId());
	}

	@Test
	void authorOfAReturnedConceptGetsOneMailWithWhatWasAskedAndALinkToTheirTask() throws Exception {
		String reference = submit();
		outbox.drain();
		int beforeTheReturn = mailsAbout(reference, "priya").size();

		journey.complete(reference, "assessConcept", "colin",
				Map.of("decision", "moreInformation", "reason", "Which hospital hosts the <practicals>?"));
		outbox.drain();

		List<Mail> afterTheReturn = mailsAbout(reference, "priya").subList(beforeTheReturn,
				mailsAbout(reference, "priya").size());
		Mail returned = only(afterTheReturn);
		assertThat(returned.subject()).isEqualTo("[" + reference + "] Concept returned for revision");
		assertThat(returned.plain()).contains("Which hospital hosts the <practicals>?",
				"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + journey.openTask(reference).getId());
		assertThat(returned.html()).contains("Which hospital hosts the &lt;practicals&gt;?")
			.doesNotContain("<practicals>");
	}

	@Test
	void authorIsToldTheirConceptIsDeclinedAndWhy() throws Exception {
		String reference = submit();
		journey.complete(reference, "assessConcept", "colin",
				Map.of("decision", "notSupported", "reason", "Overlaps the phlebotomy course we already run"));
		outbox.drain();

		Mail declined = mailsAbout(reference, "priya").stream()
			.filter(mail -> mail.subject().endsWith("Concept not supported")).collect(onlyOne());
		assertThat(declined.plain()).contains("was declined", "Overlaps the phlebotomy course we already run");
	}

	@Test
	void personOutsideTheProposalsRolesReceivesNothingAboutIt() throws Exception {
		String reference = submit();
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		outbox.drain();

		assertThat(recipientsOfMailAbout(reference)).containsOnlyKeys("priya@college.example.edu",
				"colin@college.example.edu", "sarah@college.example.edu");
		for (String outsider : List.of("paul", "adam", "ava", "quinn", "bella", "aaron")) {
			assertThat(mailsAbout(reference, outsider)).as(outsider).isEmpty();
		}
	}

	@Test
	void mailServerDownHoldsUpNoStepAndEveryMessageArrivesOnceWhenItIsBack() throws Exception {
		mailServer.stop();
		String reference = submit();
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		assertThat(journey.openTask(reference).getTaskDefinitionKey()).isEqualTo("formAdvisoryTeam");
		assertThat(proposals.find(reference).getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);

		outbox.drain();
		List<MailDelivery> waiting = deliveriesAbout(reference);
		assertThat(waiting).hasSizeGreaterThanOrEqualTo(6).allSatisfy(delivery -> {
			assertThat(delivery.getStatus()).isEqualTo(MailDelivery.Status.PENDING);
			assertThat(delivery.getAttempts()).isOne();
			assertThat(delivery.getLastError()).startsWith("MailSendException").contains("Connection refused")
				.doesNotContain("\n");
		});

		mailServer.start();
		outbox.drain();
		assertThat(mailServer.getReceivedMessages()).as("not before the first wait is over").isEmpty();
		later(Duration.ofMinutes(1));
		outbox.drain();
		later(Duration.ofDays(1));
		outbox.drain();

		Map<String, Long> expected = waiting.stream()
			.collect(Collectors.groupingBy(MailDelivery::getAddress, Collectors.counting()));
		assertThat(recipientsOfMailAbout(reference)).isEqualTo(expected);
		assertThat(deliveriesAbout(reference)).extracting(MailDelivery::getStatus)
			.containsOnly(MailDelivery.Status.SENT);
	}

	@Test
	void deliveryWhoseRetriesAreSpentFailsAndAnAdministratorsRetryDeliversItOnce() throws Exception {
		mailServer.stop();
		String reference = submit();
		for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4))) {
			later(wait);
			outbox.drain();
		}
		MailDelivery failed = delivery(reference, "colin", "Assess concept");
		assertThat(failed.getStatus()).isEqualTo(MailDelivery.Status.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(6);

		mailServer.start();
		later(Duration.ofDays(1));
		outbox.drain();
		assertThat(mailsAbout(reference, "colin")).as("a failed delivery waits for an administrator").isEmpty();

		assertThat(retry(failed, "colin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(retry(failed, "demo").getStatusCode()).as("a process administrator")
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(retry(failed, "demo").getStatusCode()).as("no longer failed").isEqualTo(HttpStatus.CONFLICT);
		outbox.drain();
		outbox.drain();
		assertThat(mailsAbout(reference, "colin")).hasSize(1);
		assertThat(delivery(reference, "colin", "Assess concept").getStatus()).isEqualTo(MailDelivery.Status.SENT);
	}

	@Test
	void deliveryLeftSendingByASenderThatDiedIsSentAgainWithTheSameMessageIdAfterItsLease() throws Exception {
		String reference = submit();
		MailDelivery colins = delivery(reference, "colin", "Assess concept");
		deliveriesAbout(reference).forEach(delivery -> {
				delivery.sending(now().plus(Duration.ofMinutes(5)));
				deliveries.save(delivery);
			});

		outbox.drain();
		assertThat(mailsAbout(reference, "colin")).as("within the lease of the sender").isEmpty();

		later(Duration.ofMinutes(5));
		outbox.drain();
		assertThat(only(mailsAbout(reference, "colin")).messageId()).isEqualTo(colins.getMessageId());
	}

	private ResponseEntity<String> retry(MailDelivery delivery, String user) {
		return rest.withBasicAuth(user, user)
			.postForEntity("/api/admin/mail/" + delivery.getId() + "/retry", null, String.class);
	}

	private String submit() {
		return journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
	}

	private static void later(Duration wait) {
		ClockUtil.setCurrentTime(Date.from(now().plus(wait).plusSeconds(1)));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private List<MailDelivery> deliveriesAbout(String reference) {
		return notifications.findByProposalReferenceOrderByIdAsc(reference).stream()
			.flatMap(notification -> deliveries.findByNotificationIdOrderByIdAsc(notification.getId()).stream())
			.toList();
	}

	private MailDelivery delivery(String reference, String userId, String subjectEnd) {
		return notifications.findByProposalReferenceOrderByIdAsc(reference).stream()
			.filter(notification -> notification.getSubject().endsWith(subjectEnd))
			.flatMap(notification -> deliveries.findByNotificationIdOrderByIdAsc(notification.getId()).stream())
			.filter(delivery -> delivery.getUserId().equals(userId)).collect(onlyOne());
	}

	/** What arrived about the proposal: address to number of messages. */
	private Map<String, Long> recipientsOfMailAbout(String reference) throws Exception {
		return received().stream().filter(mail -> mail.subject().startsWith("[" + reference + "]"))
			.collect(Collectors.groupingBy(Mail::to, Collectors.counting()));
	}

	private List<Mail> mailsAbout(String reference, String userId) throws Exception {
		return received().stream().filter(mail -> mail.to().equals(userId + "@college.example.edu"))
			.filter(mail -> mail.subject().startsWith("[" + reference + "]")).toList();
	}

	private List<Mail> received() throws Exception {
		MimeMessage[] messages = mailServer.getReceivedMessages();
		return Arrays.stream(messages).map(Mail::of).toList();
	}

	private static <T> T only(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
		return Collectors.collectingAndThen(Collectors.toList(), MailFromTheOutboxTests::only);
	}

	/** A received message as its reader sees it. */
	record Mail(String to, String subject, String messageId, String contentType, String plain, String html) {

		static Mail of(MimeMessage message) {
			try {
				MimeMultipart parts = (MimeMultipart) message.getContent();
				return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
						message.getMessageID(), message.getContentType(), text(parts, 0), text(parts, 1));
			}
			catch (MessagingException | IOException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}

		private static String text(MimeMultipart parts, int index) throws MessagingException, IOException {
			return (String) parts.getBodyPart(index).getContent();
		}

	}

}
