package edu.college.microcredentials.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * One message in the outbox, written in the same transaction as the step that caused it, so a notification is
 * never lost and never sent for a step that rolled back. Recipients are {@code user:<id>} or {@code group:<id>}. Its
 * kind picks the templates of its mail, which show the facts kept with it.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue
	private Long id;

	private String proposalReference;

	@Column(length = 1000)
	private String recipients;

	@Enumerated(EnumType.STRING)
	private MessageKind kind;

	private String subject;

	@Column(length = 4000)
	private String body;

	private String stage;

	private String decision;

	@Column(length = 4000)
	private String reason;

	private String taskId;

	private Instant dueAt;

	private Instant createdAt;

	protected Notification() {
	}

	Notification(String proposalReference, String recipients, Message message, Instant createdAt) {
		this.proposalReference = proposalReference;
		this.recipients = recipients;
		this.kind = message.kind();
		this.subject = message.subject();
		this.body = message.text();
		this.stage = message.stage();
		this.decision = message.decision();
		this.reason = message.reason();
		this.taskId = message.taskId();
		this.dueAt = message.due();
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

	public MessageKind getKind() {
		return kind;
	}

	public String getStage() {
		return stage;
	}

	public String getDecision() {
		return decision;
	}

	public String getReason() {
		return reason;
	}

	/** The task in Tasklist the message is about, or {@code null}. */
	public String getTaskId() {
		return taskId;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
