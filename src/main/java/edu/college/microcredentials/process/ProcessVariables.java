package edu.college.microcredentials.process;

/**
 * Names of the process variables the diagrams route on. Business data lives in the {@code Proposal} record; the
 * process only keeps its reference and what gateways, assignments and timers need.
 */
public final class ProcessVariables {

	/** The proposal's reference, also the process business key. */
	public static final String PROPOSAL_REFERENCE = "proposalReference";

	/** The user who submitted the concept ({@code camunda:initiator} of the start event). */
	public static final String AUTHOR = "author";

	/** Whether the latest concept revision met every rule. */
	public static final String CONCEPT_VALID = "conceptValid";

	/** Whether an existing program is being converted; an input of the routing rules ({@code review-routing.dmn}). */
	public static final String CONVERSION = "conversion";

	/** The concept's instructional hours; an input of the routing rules. */
	public static final String INSTRUCTIONAL_HOURS = "instructionalHours";

	/** The concept's duration in weeks; an input of the routing rules. */
	public static final String DURATION_WEEKS = "durationWeeks";

	/**
	 * Why the curriculum quality review looks at the proposal: the reasons of the routing rules that matched (a list of
	 * texts, empty when it needs no review), the result of the business rule task {@code decideReviews}.
	 */
	public static final String QUALITY_REVIEW_REASONS = "qualityReviewReasons";

	/** The outcome of the last decision task, e.g. {@code supported}; the gateway after the task routes on it. */
	public static final String DECISION = "decision";

	/** The written reason that goes with a decision; recorded on the proposal, never kept in the process. */
	public static final String REASON = "reason";

	/** Comma-separated user ids of the advisory team, the candidates of its tasks. */
	public static final String ADVISORY_TEAM = "advisoryTeam";

	/** Whether the requesting area was asked to commit resources. */
	public static final String RESOURCES_REQUESTED = "resourcesRequested";

	/** Months between periodic reviews of a published credential. */
	public static final String REVIEW_FREQUENCY_MONTHS = "reviewFrequencyMonths";

	/** Why the author withdrew the proposal. */
	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	/** Task-local: when the people a decision step is offered to were reminded that it is due. */
	public static final String REMINDED_AT = "remindedAt";

	/** Task-local: when a decision step's lateness was escalated. */
	public static final String ESCALATED_AT = "escalatedAt";

	/** Task-local: the people a form may pick, as options for a select or taglist ({@code OfferStaffDirectory}). */
	public static final String STAFF_DIRECTORY = "staffDirectory";

	private ProcessVariables() {
	}

}
