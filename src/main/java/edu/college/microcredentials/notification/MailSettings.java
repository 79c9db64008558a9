package edu.college.microcredentials.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail leaves the outbox ({@code approval.mail.*}, defaults in application.yml; the SMTP server itself is
 * {@code spring.mail.*}). docs/notifications.md.
 *
 * @param from the sender's address of every message
 * @param retryWaits the wait before each retry of a failed delivery; after the last one it has failed for good
 * @param sendingLease how long a delivery may stay SENDING before another drain sends it again (its sender died)
 * @param digestAt when the daily digests go out: a time of day ({@code 07:00}, the college's time zone), a cron
 *        expression ({@code 0 0 7 * * MON-FRI}), or {@code -} for never (tests gather them themselves)
 */
@ConfigurationProperties("approval.mail")
record MailSettings(String from, List<Duration> retryWaits, Duration sendingLease, String digestAt) {

	private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})");

	RetrySchedule retrySchedule() {
		return new RetrySchedule(retryWaits);
	}

	/** The digest's schedule as a cron expression, or none. */
	Optional<String> digestCron() {
		if (digestAt == null || digestAt.isBlank() || digestAt.equals("-")) {
			return Optional.empty();
		}
		Matcher time = TIME_OF_DAY.matcher(digestAt.trim());
		return Optional.of(time.matches()
				? "0 " + Integer.parseInt(time.group(2)) + " " + Integer.parseInt(time.group(1)) + " * * *"
				: digestAt.trim());
	}

}
