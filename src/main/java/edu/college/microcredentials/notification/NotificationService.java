package edu.college.microcredentials.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import edu.college.microcredentials.proposal.ProposalRecordRemoved;

/**
 * Writes notifications to the outbox and the log, with one {@link MailDelivery} per person, in the transaction of the
 * step: a step that rolls back leaves no mail behind, and a step that commits leaves its mail to {@link MailOutbox}.
 */
@Service
@Transactional
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notifications;

	private final MailDeliveryRepository deliveries;

	private final MailRecipients recipients;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final MailPreferences preferences;

	private final String messageIdDomain;

	NotificationService(NotificationRepository notifications, MailDeliveryRepository deliveries,
			MailRecipients recipients, ObjectProvider<JavaMailSender> mailServer, MailPreferences preferences,
			@Value("${approval.issuer.base-url}") URI baseUrl) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.recipients = recipients;
		this.mailServer = mailServer;
		this.preferences = preferences;
		this.messageIdDomain = baseUrl.getHost();
	}

	void notify(String proposalReference, Collection<String> recipients, Message message) {
		String to = String.join(",", recipients);
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Notification notification = notifications.save(new Notification(proposalReference, to, message, now));
		Map<String, String> addresses = this.recipients.addresses(recipients);
		addresses.forEach((userId, address) -> deliveries.save(
				new MailDelivery(notification.getId(), userId, address, messageIdDomain, status(userId), now)));
		log.info("Notification to {} ({} mail): {}", to, addresses.size(), message.subject());
	}

	/** A person's daily digest: their held deliveries, gathered into one delivery of one notification. */
	void gatherDigest(String userId, String address, List<MailDelivery> held) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		List<Notification> gathered = held.stream()
			.map(delivery -> notifications.findById(delivery.getNotificationId()).orElseThrow()).toList();
		String subject = "Your daily digest: " + held.size() + (held.size() == 1 ? " message" : " messages")
				+ " about micro-credential proposals";
		String text = gathered.stream().map(Notification::getSubject).collect(Collectors.joining("\n"));
		Notification digest = notifications
			.save(new Notification(null, "user:" + userId, Message.of(MessageKind.DIGEST, subject, text), now));
		deliveries.save(new MailDelivery(digest.getId(), userId, address, messageIdDomain, MailDelivery.Status.PENDING,
				now));
		held.forEach(delivery -> delivery.digestedIn(digest.getId()));
		log.info("Daily digest of {} for {}", held.size(), userId);
	}

	/** What was written about a proposal, oldest first, with whom each went to and how far their mail got. */
	@Transactional(readOnly = true)
	public List<WrittenNotification> writtenAbout(String proposalReference) {
		return notifications.findByProposalReferenceOrderByIdAsc(proposalReference).stream().map(notification -> {
			Map<String, MailDelivery.Status> mailed = deliveries.findByNotificationIdOrderByIdAsc(notification.getId())
				.stream().collect(Collectors.toMap(MailDelivery::getUserId, MailDelivery::getStatus, (first, again) -> again));
			List<WrittenNotification.Recipient> recipients = Arrays.stream(notification.getRecipients().split(","))
				.filter(userId -> !userId.isBlank())
				.map(userId -> new WrittenNotification.Recipient(userId, mailed.get(userId)))
				.toList();
			return new WrittenNotification(notification.getCreatedAt(), notification.getKind(), notification.getStage(),
					notification.getSubject(), recipients);
		}).toList();
	}

	/** What was written about a proposal goes with its record at the end of the retention period. */
	@EventListener
	void removeAllAbout(ProposalRecordRemoved removed) {
		deliveries.deleteAllAbout(removed.reference());
		notifications.deleteAllAbout(removed.reference());
	}

	/** Without a mail server (spring.mail.host, the embedded default) the mail is only kept, to be looked at. */
	private MailDelivery.Status status(String userId) {
		if (mailServer.getIfAvailable() == null) {
			return MailDelivery.Status.KEPT;
		}
		return preferences.receivesDailyDigest(userId) ? MailDelivery.Status.HELD : MailDelivery.Status.PENDING;
	}

}
