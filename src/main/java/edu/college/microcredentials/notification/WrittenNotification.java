package edu.college.microcredentials.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as the audit reads it: when it was written, of which kind, at which stage, and for each person it
 * names how far their mail got ({@code status} is empty for someone without an address).
 */
public record WrittenNotification(Instant writtenAt, MessageKind kind, String stage, String subject,
		List<Recipient> recipients) {

	public record Recipient(String userId, MailDelivery.Status status) {
	}

}
