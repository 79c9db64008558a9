package edu.college.microcredentials.publication;

import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;
import static edu.college.microcredentials.process.ProcessVariables.REVIEW_FREQUENCY_MONTHS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * Service task {@code scheduleNextReview} (in both diagrams): starts the next cycle of the periodic review, one
 * process instance per cycle, so no instance lives for the credential's whole life (see docs/architecture.md). The
 * credential is published (again) until that review is due.
 */
@Component
class ScheduleNextReview implements JavaDelegate {

	private final ProposalService proposals;

	ScheduleNextReview(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		int months = ((Number) execution.getVariable(REVIEW_FREQUENCY_MONTHS)).intValue();
		proposals.scheduleNextReview(reference, months);
		// the Board secretary or CE member completing the step may not start processes themselves
		WithoutAuthorization.call(() -> execution.getProcessEngineServices().getRuntimeService()
			.startProcessInstanceByKey(ProcessKeys.PERIODIC_REVIEW, execution.getProcessBusinessKey(),
					Variables.createVariables()
						.putValue(PROPOSAL_REFERENCE, reference)
						.putValue(AUTHOR, proposals.find(reference).getAuthor())
						.putValue(REVIEW_FREQUENCY_MONTHS, months)));
	}

}
