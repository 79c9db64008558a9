package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.ProcessVariables.DECISION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of {@code reviewCurriculumQuality}. The criteria are the form's met / not met radios
 * (the handbook's design criteria); each one not met needs a comment. The outcome follows from the answers:
 * {@code compliant} when every criterion is met, otherwise {@code changesNeeded} with the comments as reason.
 */
@Component
class RecordQualityReview implements TaskListener {

	static final String MET = "met";

	static final String NOT_MET = "notMet";

	private final ProposalService proposals;

	RecordQualityReview(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<String> findings = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		for (DeployedForm.Choice criterion : criteria(task)) {
			String answer = TaskForm.text(task, criterion.key());
			if (!criterion.offers(answer)) {
				unanswered.add(criterion.label());
				continue;
			}
			answers.put(criterion.key(), answer);
			if (NOT_MET.equals(answer)) {
				String comment = TaskForm.required(task, criterion.key() + "Comment",
						"Comment on '" + criterion.label() + "'");
				answers.put(criterion.key() + "Comment", comment);
				findings.add("- " + criterion.label() + ": " + comment);
			}
		}
		if (!unanswered.isEmpty()) {
			throw new DecisionRefused("Answer met or not met for every criterion; missing: "
					+ String.join("; ", unanswered) + ".");
		}
		String outcome = findings.isEmpty() ? "compliant" : "changesNeeded";
		proposals.recordDecision(TaskForm.reference(task), new StageDecision(task.getTaskDefinitionKey(),
				task.getName(), outcome, findings.isEmpty() ? null : String.join("\n", findings),
				TaskForm.decidedBy(task), Spin.JSON(answers).toString()));
		TaskForm.forget(task, answers.keySet().toArray(String[]::new));
		task.getExecution().setVariable(DECISION, outcome);
	}

	private static List<DeployedForm.Choice> criteria(DelegateTask task) {
		return DeployedForm.of(task).radios().stream().filter(radio -> radio.offers(MET) && radio.offers(NOT_MET))
			.toList();
	}

}
