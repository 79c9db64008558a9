package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;
import static edu.college.microcredentials.process.ProcessVariables.REVIEW_FREQUENCY_MONTHS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * Service task {@code scheduleNextReview} (in both diagrams): starts the next cycle of the periodic review, one
 * process instance per cycle, so no instance lives for the credential's whole life (see docs/architecture.md).
 */
@Component
class ScheduleNextReview implements JavaDelegate {

	static final String PERIODIC_REVIEW = "credential-periodic-review";

	@Override
	public void execute(DelegateExecution execution) {
		// the Board secretary or CE member completing the step may not start processes themselves
		WithoutAuthorization.call(() -> execution.getProcessEngineServices().getRuntimeService()
			.startProcessInstanceByKey(PERIODIC_REVIEW, execution.getProcessBusinessKey(),
					Variables.createVariables()
						.putValue(PROPOSAL_REFERENCE, execution.getVariable(PROPOSAL_REFERENCE))
						.putValue(AUTHOR, execution.getVariable(AUTHOR))
						.putValue(REVIEW_FREQUENCY_MONTHS, execution.getVariable(REVIEW_FREQUENCY_MONTHS))));
	}

}
