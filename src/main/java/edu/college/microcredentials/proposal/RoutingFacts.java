package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.CONVERSION;
import static edu.college.microcredentials.process.ProcessVariables.DURATION_WEEKS;
import static edu.college.microcredentials.process.ProcessVariables.INSTRUCTIONAL_HOURS;
import static edu.college.microcredentials.process.ProcessVariables.REVIEW_FREQUENCY_MONTHS;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The facts of a concept the diagrams and their routing rules ({@code processes/review-routing.dmn}) route on, refreshed
 * in the process by every revision: a revision that turns a new micro-credential into a conversion is then
 * quality-reviewed, and a changed review frequency is the one used.
 */
final class RoutingFacts {

	static final int DEFAULT_REVIEW_FREQUENCY_MONTHS = 12;

	private RoutingFacts() {
	}

	/** Sets the facts on the process instance of {@code scope} (never on a task). */
	static void of(Concept concept, VariableScope processInstance) {
		processInstance.setVariable(CONVERSION, concept.isConversion());
		processInstance.setVariable(INSTRUCTIONAL_HOURS, concept.getInstructionalHours());
		processInstance.setVariable(DURATION_WEEKS, concept.getDurationWeeks());
		processInstance.setVariable(REVIEW_FREQUENCY_MONTHS, concept.getReviewFrequencyMonths() == null
				? DEFAULT_REVIEW_FREQUENCY_MONTHS : concept.getReviewFrequencyMonths());
	}

}
