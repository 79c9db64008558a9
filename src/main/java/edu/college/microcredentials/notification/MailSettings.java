package edu.college.microcredentials.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail leaves the outbox ({@code approval.mail.*}, defaults in application.yml; the SMTP server itself is
 * {@code spring.mail.*}). docs/notifications.md.
 *
 * @param from the sender's address of every message
 * @param retryWaits the wait before each retry of a failed delivery; after the last one it has failed for good
 * @param sendingLease how long a delivery may stay SENDING before another drain sends it again (its sender died)
 */
@ConfigurationProperties("approval.mail")
record MailSettings(String from, List<Duration> retryWaits, Duration sendingLease) {

	RetrySchedule retrySchedule() {
		return new RetrySchedule(retryWaits);
	}

}
