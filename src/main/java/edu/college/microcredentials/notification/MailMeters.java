package edu.college.microcredentials.notification;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What monitoring sees of the outbox (at {@code /actuator/metrics}): {@code approval.mail.deliveries} by
 * {@code status}, the number of deliveries in each status now (FAILED above 0 needs an administrator), and
 * {@code approval.mail.send.failures}, every attempt the mail server did not accept.
 */
@Component
class MailMeters {

	private final Counter sendFailures;

	MailMeters(MeterRegistry meters, MailDeliveryRepository deliveries) {
		for (MailDelivery.Status status : MailDelivery.Status.values()) {
			Gauge.builder("approval.mail.deliveries", () -> deliveries.countByStatus(status))
				.description("Mail deliveries in this status now")
				.tag("status", status.name())
				.register(meters);
		}
		sendFailures = Counter.builder("approval.mail.send.failures")
			.description("Attempts to send a mail delivery that failed")
			.register(meters);
	}

	void sendFailed() {
		sendFailures.increment();
	}

}
