package edu.college.microcredentials.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One person's email of one {@link Notification}, written in the transaction of the step that caused it and sent
 * afterwards by {@link MailOutbox}. The idempotency key (notification and person) is unique, so nobody is mailed a
 * notification twice by the application; the Message-ID derived from it stays the same on every attempt, so a
 * message sent again after a crash mid-send is recognised by the receiving mail system as the same one.
 */
@Entity
public class MailDelivery {

	/** Where a delivery is on its way. */
	public enum Status {
		/** Waiting for its next attempt ({@code nextAttemptAt}). */
		PENDING,
		/** Being handed to the mail server; {@code nextAttemptAt} is when the lease of the sender runs out. */
		SENDING,
		SENT,
		/** Every retry was spent; an administrator's retry puts it back to PENDING. */
		FAILED,
		/** No mail server configured (the embedded default): kept in the database to show what would be sent. */
		KEPT,
		/** Held for the person's daily digest ({@link MailPreferences}), which sends it with the others of the day. */
		HELD,
		/** Sent in the person's daily digest, the delivery of the notification {@code digestNotificationId}. */
		DIGESTED
	}

	/** Pending, or sending by a sender whose lease ran out: due once {@code nextAttemptAt} has come. */
	static final List<Status> DUE = List.of(Status.PENDING, Status.SENDING);

	private static final int LAST_ERROR_LENGTH = 500;

	@Id
	@GeneratedValue
	private Long id;

	private Long notificationId;

	private String userId;

	private String address;

	private String idempotencyKey;

	private String messageId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant sentAt;

	private Long digestNotificationId;

	// two senders (nodes) claiming the same delivery: the second one's claim fails instead of sending it twice
	@Version
	private long version;

	protected MailDelivery() {
	}

	MailDelivery(long notificationId, String userId, String address, String messageIdDomain, Status status,
			Instant now) {
		this.notificationId = notificationId;
		this.userId = userId;
		this.address = address;
		this.idempotencyKey = idempotencyKey(notificationId, userId);
		this.messageId = messageId(idempotencyKey, messageIdDomain);
		this.status = status;
		this.nextAttemptAt = now;
	}

	/** The same notification for the same person is the same delivery. */
	static String idempotencyKey(long notificationId, String userId) {
		return notificationId + ":" + userId;
	}

	/** A Message-ID (RFC 5322) that depends only on the key: the same on every attempt, valid whatever the user id. */
	static String messageId(String idempotencyKey, String domain) {
		return "<" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)) + "@" + domain + ">";
	}

	boolean isDue(Instant now) {
		return DUE.contains(status) && !nextAttemptAt.isAfter(now);
	}

	void sending(Instant leaseEnds) {
		status = Status.SENDING;
		nextAttemptAt = leaseEnds;
	}

	void sent(Instant at) {
		status = Status.SENT;
		sentAt = at;
		nextAttemptAt = null;
	}

	/** The attempt failed: try again at {@code retryAt}, or give up when that is {@code null}. */
	void failed(String error, Instant retryAt) {
		attempts++;
		lastError = error.length() > LAST_ERROR_LENGTH ? error.substring(0, LAST_ERROR_LENGTH) : error;
		status = retryAt == null ? Status.FAILED : Status.PENDING;
		nextAttemptAt = retryAt;
	}

	/** A held delivery goes out in the digest whose notification is {@code digestNotificationId}. */
	void digestedIn(long digestNotificationId) {
		if (status != Status.HELD) {
			throw new IllegalStateException(this + " is " + status + ", not HELD for a digest");
		}
		status = Status.DIGESTED;
		this.digestNotificationId = digestNotificationId;
		nextAttemptAt = null;
	}

	/** A held delivery is sent on its own after all: its person no longer wants a digest. */
	void release(Instant now) {
		if (status == Status.HELD) {
			status = Status.PENDING;
			nextAttemptAt = now;
		}
	}

	void retry(Instant now) {
		if (status != Status.FAILED) {
			throw new IllegalStateException("Mail delivery " + id + " is " + status + ", not FAILED: nothing to retry");
		}
		status = Status.PENDING;
		attempts = 0;
		nextAttemptAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getNotificationId() {
		return notificationId;
	}

	public String getUserId() {
		return userId;
	}

	public String getAddress() {
		return address;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public String getMessageId() {
		return messageId;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	/** The digest that carried this delivery, or {@code null}. */
	public Long getDigestNotificationId() {
		return digestNotificationId;
	}

	@Override
	public String toString() {
		return "mail delivery " + id + " (" + idempotencyKey + " to " + address + ")";
	}

}
