package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;

class MailDeliveryTests {

	Instant now = Instant.parse("2026-12-06T09:00:00Z");

	@Test
	void theSameNotificationForTheSamePersonHasTheSameKeyAndMessageId() {
		MailDelivery first = new MailDelivery(42, "priya", "priya@college.example.edu", "college.example.edu",
				MailDelivery.Status.PENDING, now);
		MailDelivery again = new MailDelivery(42, "priya", "p.patel@college.example.edu", "college.example.edu",
				MailDelivery.Status.PENDING, now.plusSeconds(60));

		assertThat(first.getIdempotencyKey()).isEqualTo("42:priya").isEqualTo(again.getIdempotencyKey());
		assertThat(first.getMessageId()).isEqualTo(again.getMessageId());
	}

	@Test
	void anotherPersonOrNotificationHasAnotherMessageId() {
		String priya = MailDelivery.messageId(MailDelivery.idempotencyKey(42, "priya"), "college.example.edu");

		assertThat(MailDelivery.messageId(MailDelivery.idempotencyKey(42, "colin"), "college.example.edu"))
			.isNotEqualTo(priya);
		assertThat(MailDelivery.messageId(MailDelivery.idempotencyKey(43, "priya"), "college.example.edu"))
			.isNotEqualTo(priya);
	}

	@Test
	void messageIdIsValidWhateverTheUserIdHoldsAndNamesTheApplicationsHost() throws Exception {
		String messageId = MailDelivery.messageId(MailDelivery.idempotencyKey(7, "o'brien <x@y>"),
				"credentials.example.edu");

		assertThat(messageId).matches("<[0-9a-f-]{36}@credentials\\.example\\.edu>");
		// the part between the angle brackets is an addr-spec, as RFC 5322 asks of a msg-id
		new InternetAddress(messageId.substring(1, messageId.length() - 1)).validate();
	}

	@Test
	void failedAttemptsCountUpUntilTheRetriesAreSpentAndAnAdministratorsRetryStartsAgain() {
		MailDelivery delivery = new MailDelivery(42, "priya", "priya@college.example.edu", "college.example.edu",
				MailDelivery.Status.PENDING, now);
		assertThatThrownBy(() -> delivery.retry(now)).isInstanceOf(IllegalStateException.class);

		delivery.failed("MailSendException: Connection refused", now.plusSeconds(60));
		assertThat(delivery.getStatus()).isEqualTo(MailDelivery.Status.PENDING);
		assertThat(delivery.isDue(now)).isFalse();
		assertThat(delivery.isDue(now.plusSeconds(60))).isTrue();

		delivery.failed("x".repeat(2000), null);
		assertThat(delivery.getStatus()).isEqualTo(MailDelivery.Status.FAILED);
		assertThat(delivery.getAttempts()).isEqualTo(2);
		assertThat(delivery.getLastError()).hasSize(500);
		assertThat(delivery.isDue(now.plusSeconds(3600))).isFalse();

		delivery.retry(now);
		assertThat(delivery.getStatus()).isEqualTo(MailDelivery.Status.PENDING);
		assertThat(delivery.getAttempts()).isZero();
		assertThat(delivery.isDue(now)).isTrue();
	}

}
