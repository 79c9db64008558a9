package edu.college.microcredentials.notification;

/**
 * The kinds of message people are sent, each written from its own pair of templates,
 * {@code templates/mail/<kind>.html} and {@code .txt}, around the shared layout.
 */
public enum MessageKind {

	STEP_REACHED, RETURNED_FOR_REVISION, DECLINED, WITHDRAWN, CANCELLED, PUBLISHED, NEXT_REVIEW_SCHEDULED, RETIRED,
	REMINDER, ESCALATION,
	/** A person's daily digest: their held messages of the day, about any proposal. */
	DIGEST;

	/** The templates' name: {@code RETURNED_FOR_REVISION} is {@code returned-for-revision}. */
	String template() {
		return name().toLowerCase().replace('_', '-');
	}

}
