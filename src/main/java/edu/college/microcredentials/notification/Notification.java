package edu.college.microcredentials.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * One message in the outbox, written in the same transaction as the step that caused it, so a notification is
 * never lost and never sent for a step that rolled back. Recipients are {@code user:<id>} or {@code group:<id>}.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue
	private Long id;

	private String proposalReference;

	@Column(length = 1000)
	private String recipients;

	private String subject;

	@Column(length = 4000)
	private String body;

	private Instant createdAt;

	protected Notification() {
	}

	Notification(String proposalReference, String recipients, String subject, String body, Instant createdAt) {
		this.proposalReference = proposalReference;
		this.recipients = recipients;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getProposalReference() {
		return proposalReference;
	}

	public String getRecipients() {
		return recipients;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
