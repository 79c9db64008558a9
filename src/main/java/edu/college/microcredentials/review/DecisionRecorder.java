package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.ProcessVariables.DECISION;
import static edu.college.microcredentials.process.ProcessVariables.REASON;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.DeployedForms;
import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Checks the {@code decision} and {@code reason} a user submitted on a decision form and puts them on the
 * proposal's record. Only the decision stays in the process, for the gateway that follows the task.
 */
@Component
@EnableConfigurationProperties(DecisionSettings.class)
class DecisionRecorder {

	private final ProposalService proposals;

	private final DecisionSettings settings;

	private final DeployedForms forms;

	DecisionRecorder(ProposalService proposals, DecisionSettings settings, DeployedForms forms) {
		this.proposals = proposals;
		this.settings = settings;
		this.forms = forms;
	}

	/** The outcome recorded; empty when the task's form has no {@code decision} radio and so decides nothing. */
	Optional<String> record(DelegateTask task, String details) {
		Optional<DeployedForm.Choice> decision = DeployedForm.of(task, forms).radio(DECISION);
		if (decision.isEmpty()) {
			return Optional.empty();
		}
		DeployedForm.Choice choice = decision.get();
		String outcome = TaskForm.text(task, DECISION);
		if (outcome == null) {
			throw Refusal.badInput("Choose a decision: " + choice.optionLabels() + ".");
		}
		if (!choice.offers(outcome)) {
			throw Refusal.badInput("'" + outcome + "' is not a decision of this step. Choose one of: "
					+ choice.optionLabels() + ".");
		}
		String reason = TaskForm.text(task, REASON);
		if (reason == null && settings.needsReason(outcome)) {
			throw Refusal.badInput("Give a reason for the decision '" + choice.labelOf(outcome)
					+ "': the author and the record will see it.");
		}
		proposals.recordDecision(TaskForm.reference(task), new StageDecision(task.getTaskDefinitionKey(),
				StepName.of(task), outcome, reason, TaskForm.decidedBy(task), details));
		TaskForm.forget(task, REASON);
		return Optional.of(outcome);
	}

}
