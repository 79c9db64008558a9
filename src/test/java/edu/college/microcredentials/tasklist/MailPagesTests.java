package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import edu.college.microcredentials.notification.MailDelivery;
import edu.college.microcredentials.notification.MailDeliveryRepository;
import edu.college.microcredentials.notification.MailOutbox;
import edu.college.microcredentials.notification.MailPreferences;

/**
 * Mail on the application's pages: with the mail server unreachable, a process administrator sees what failed and
 * why, and retries it; a requester reads the mail written to them and chooses a daily digest.
 */
// a mail server that is not there, and one retry before a delivery fails
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3026",
		"spring.mail.properties.mail.smtp.connectiontimeout=1000", "approval.mail.retry-waits=PT1M" })
class MailPagesTests extends StaffInTasklist {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDeliveryRepository deliveries;

	@Autowired
	MailPreferences preferences;

	ApplicationPages pages;

	@BeforeAll
	void openPages() {
		pages = new ApplicationPages(browser, "http://localhost:" + port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void administratorSeesWhyMailFailedAndRetriesIt() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Hand Hygiene Auditing"));
		outbox.drain();
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
		outbox.drain();
		MailDelivery failed = deliveries.findAll().stream()
			.filter(delivery -> delivery.getStatus() == MailDelivery.Status.FAILED).findFirst()
			.orElseThrow(() -> new AssertionError("no delivery failed: " + deliveries.findAll()));

		pages.signIn("demo").open("/admin/mail?status=FAILED");

		assertThat(pages.text()).contains(reference).contains("failed").contains("Couldn't connect to host");
		pages.screenshot("admin-mail");
		pages.press("Retry delivery " + failed.getId());
		assertThat(pages.message()).isEqualTo("Delivery " + failed.getId() + " will be sent again at the next drain.");
		assertThat(deliveries.findById(failed.getId()).orElseThrow().getStatus()).isEqualTo(MailDelivery.Status.PENDING);
	}

	@Test
	void requesterReadsTheirMailAndChoosesADailyDigest() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Safe Patient Handling"));

		pages.signIn("priya").open("/proposals");
		assertThat(pages.text()).contains("Mail to you").contains(reference);
		pages.choose("one digest a day").press("Save");

		assertThat(pages.message()).isEqualTo("You will get one digest a day instead of a mail per event.");
		assertThat(preferences.receivesDailyDigest("priya")).isTrue();
		pages.screenshot("my-mail");
		pages.choose("a mail for each event").press("Save");
		assertThat(preferences.receivesDailyDigest("priya")).isFalse();
	}

}
