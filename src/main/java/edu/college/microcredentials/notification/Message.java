package edu.college.microcredentials.notification;

import java.time.Instant;

/**
 * What a notification says: its kind (which picks its templates), its subject, one line of what happened (kept with
 * it, for the log and the digest), and the facts its templates show where they apply, {@code null} where they do not:
 * the stage, the decision and its reason, and the task it is about with its due date.
 */
record Message(MessageKind kind, String subject, String text, String stage, String decision, String reason,
		String taskId, Instant due) {

	static Message of(MessageKind kind, String subject, String text) {
		return new Message(kind, subject, text, null, null, null, null, null);
	}

	Message atStage(String stage) {
		return new Message(kind, subject, text, stage, decision, reason, taskId, due);
	}

	Message decided(String decision, String reason) {
		return new Message(kind, subject, text, stage, decision, reason, taskId, due);
	}

	Message aboutTask(String taskId, Instant due) {
		return new Message(kind, subject, text, stage, decision, reason, taskId, due);
	}

}
