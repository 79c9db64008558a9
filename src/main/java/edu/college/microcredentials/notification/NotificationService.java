package edu.college.microcredentials.notification;

import java.util.Collection;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications to the outbox and the log. */
@Service
@Transactional
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notifications;

	NotificationService(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	public void notify(String proposalReference, Collection<String> recipients, String subject, String body) {
		String to = String.join(",", recipients);
		notifications.save(new Notification(proposalReference, to, subject, body,
				ClockUtil.getCurrentTime().toInstant()));
		log.info("Notification to {}: {}", to, subject);
	}

}
