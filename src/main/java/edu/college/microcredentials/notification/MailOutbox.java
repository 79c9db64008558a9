package edu.college.microcredentials.notification;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import edu.college.microcredentials.notification.MailTemplates.MailText;

/**
 * Sends the outbox's mail, outside the transactions of the steps, so a mail server that is down holds up no decision.
 * Each due delivery is first marked SENDING and committed, then sent, then marked SENT: a sender that dies between
 * the two leaves it SENDING, and once its lease runs out the next drain sends it again with the same Message-ID
 * (at least once; receiving mail systems drop the repeat by its Message-ID). A failed send waits per
 * {@code approval.mail.retry-waits}; when they are spent the delivery is FAILED until an administrator retries it.
 * Times are the engine's clock, so tests can move them.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final MailDeliveryRepository deliveries;

	private final NotificationRepository notifications;

	private final MailTemplates templates;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final MailSettings settings;

	private final TransactionTemplate transaction;

	private final MailMeters meters;

	MailOutbox(MailDeliveryRepository deliveries, NotificationRepository notifications, MailTemplates templates,
			ObjectProvider<JavaMailSender> mailServer, MailSettings settings, PlatformTransactionManager transactions,
			MailMeters meters) {
		this.meters = meters;
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.templates = templates;
		this.mailServer = mailServer;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends every delivery that is due now; the schedule calls it, and so may a test after moving the clock. */
	@Scheduled(initialDelayString = "${approval.mail.drain-interval}", fixedDelayString = "${approval.mail.drain-interval}")
	public void drain() {
		JavaMailSender server = mailServer.getIfAvailable();
		if (server == null) {
			return;
		}
		List<Long> due = transaction.execute(status -> deliveries
			.findByStatusInAndNextAttemptAtLessThanEqualOrderByIdAsc(MailDelivery.DUE, now()).stream().map(MailDelivery::getId)
			.toList());
		due.forEach(id -> deliver(id, server));
	}

	/** An administrator's retry of a delivery whose retries were spent: it goes out with the next drain. */
	public void retry(long deliveryId) {
		change(deliveryId, delivery -> delivery.retry(now()));
		log.info("Mail delivery {} will be retried", deliveryId);
	}

	private void deliver(long id, JavaMailSender server) {
		MailDelivery claimed;
		try {
			claimed = transaction.execute(status -> {
				MailDelivery delivery = deliveries.findById(id).orElseThrow();
				if (!delivery.isDue(now())) {
					return null; // another sender took it after this drain listed it
				}
				delivery.sending(now().plus(settings.sendingLease()));
				return delivery;
			});
		}
		catch (ObjectOptimisticLockingFailureException takenByAnotherSender) {
			return;
		}
		if (claimed == null) {
			return;
		}
		try {
			MailText text = transaction
				.execute(status -> templates.write(notifications.findById(claimed.getNotificationId()).orElseThrow()));
			server.send(message(server, claimed, text));
			change(id, delivery -> delivery.sent(now()));
		}
		catch (MessagingException | RuntimeException failure) {
			// one line, no stack trace: the log and last_error say what went wrong, not where in the mail library
			String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			failed(claimed, error.replaceAll("\\s+", " "));
		}
	}

	private MimeMessage message(JavaMailSender server, MailDelivery delivery, MailText text)
			throws MessagingException {
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text.plain(), "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(text.html(), "UTF-8", "html");
		MimeMultipart alternatives = new MimeMultipart("alternative", plain, html);
		MimeMessage message = server.createMimeMessage();
		message.setFrom(new InternetAddress(settings.from()));
		message.setRecipients(MimeMessage.RecipientType.TO, delivery.getAddress());
		message.setSubject(text.subject(), "UTF-8");
		message.setContent(alternatives);
		// JavaMailSenderImpl keeps a Message-ID that is set explicitly
		message.setHeader("Message-ID", delivery.getMessageId());
		return message;
	}

	private void failed(MailDelivery delivery, String error) {
		Instant now = now();
		int failedAttempts = delivery.getAttempts() + 1;
		Instant retryAt = settings.retrySchedule().waitAfter(failedAttempts).map(now::plus).orElse(null);
		change(delivery.getId(), pending -> pending.failed(error, retryAt));
		meters.sendFailed();
		if (retryAt == null) {
			log.error("{} FAILED after {} attempts, last: {}. Retry it once the cause is fixed (docs/notifications.md)",
					delivery, failedAttempts, error);
		}
		else {
			log.warn("{} attempt {} failed, next at {}: {}", delivery, failedAttempts, retryAt, error);
		}
	}

	private void change(long deliveryId, Consumer<MailDelivery> change) {
		transaction.executeWithoutResult(status -> change.accept(deliveries.findById(deliveryId)
			.orElseThrow(() -> new NoSuchElementException("There is no mail delivery " + deliveryId + "."))));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
