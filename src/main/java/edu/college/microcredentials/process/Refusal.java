package edu.college.microcredentials.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The application says no, with a message the person can act on. Thrown anywhere in a step (a delegate, a listener,
 * the record), it rolls the whole step back; the REST API and Tasklist answer it with the {@link Kind}'s status and
 * the message as it is, without the engine's wrapping ({@code security/RefusalResponses}).
 */
public class Refusal extends ProcessEngineException {

	/** Why: what the person sent, who they are, or what happened before them. */
	public enum Kind {

		/** A value or a missing field: the person can correct what they sent. */
		BAD_INPUT(400),
		/** Not theirs to do, however they ask. */
		NOT_ALLOWED(403),
		/** Someone else acted first, or the proposal has moved on. */
		CONFLICT(409);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}

	}

	private final Kind kind;

	protected Refusal(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public static Refusal badInput(String message) {
		return new Refusal(Kind.BAD_INPUT, message);
	}

	public static Refusal notAllowed(String message) {
		return new Refusal(Kind.NOT_ALLOWED, message);
	}

	public static Refusal conflict(String message) {
		return new Refusal(Kind.CONFLICT, message);
	}

	public Kind kind() {
		return kind;
	}

}
