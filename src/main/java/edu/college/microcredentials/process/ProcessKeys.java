package edu.college.microcredentials.process;

/** The keys of the diagrams in {@code processes/}: the one place Java names a process. */
public final class ProcessKeys {

	/** A new micro-credential from concept to publication ({@code micro-credential-development.bpmn}). */
	public static final String DEVELOPMENT = "micro-credential-development";

	/** One cycle of a published credential's periodic review ({@code credential-periodic-review.bpmn}). */
	public static final String PERIODIC_REVIEW = "credential-periodic-review";

	/** The author's withdrawal, started in Tasklist ({@code withdraw-proposal.bpmn}). */
	public static final String WITHDRAWAL = "withdraw-proposal";

	private ProcessKeys() {
	}

}
