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

import edu.college.microcredentials.process.DeployedForms;
import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.QualityFinding;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of {@code reviewCurriculumQuality}. The criteria are the form's met / not met radios
 * (the handbook's design criteria); each one not met needs a comment, which becomes a finding on the record. The
 * outcome follows from the answers: {@code compliant} when every criterion is met, otherwise {@code changesNeeded}
 * with the findings as reason.
 */
@Component
class RecordQualityReview implements TaskListener {

	static final String MET = "met";

	static final String NOT_MET = "notMet";

	private final ProposalService proposals;

	private final DeployedForms forms;

	RecordQualityReview(ProposalService proposals, DeployedForms forms) {
		this.proposals = proposals;
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<QualityFinding> findings = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		for (DeployedForm.Choice criterion : criteria(task)) {
			String answer = TaskForm.text(task, criterion.key());
			if (!criterion.offers(answer)) {
				unanswered.add(criterion.label());
				continue;
			}
			answers.put(criterion.key(), answer);
			if (NOT_MET.equals(answer)) {
				findings.add(QualityFinding.of(criterion.key(), criterion.label(), TaskForm.required(task,
						commentOf(criterion.key()), "Comment on '" + criterion.label() + "'")));
			}
		}
		if (!unanswered.isEmpty()) {
			throw Refusal.badInput("Answer met or not met for every criterion; missing: "
					+ String.join("; ", unanswered) + ".");
		}
		String outcome = findings.isEmpty() ? "compliant" : "changesNeeded";
		String reason = findings.isEmpty() ? null : String.join("\n", findings.stream()
			.map(finding -> "- " + finding.label() + ": " + finding.finding()).toList());
		proposals.reviewQuality(TaskForm.reference(task), new StageDecision(task.getTaskDefinitionKey(),
				StepName.of(task), outcome, reason, TaskForm.decidedBy(task), Spin.JSON(answers).toString()), findings);
		answers.keySet().forEach(key -> TaskForm.forget(task, key, commentOf(key)));
		task.getExecution().setVariable(DECISION, outcome);
	}

	/** The key of a criterion's comment field, e.g. {@code freeOfBiasComment}. */
	private static String commentOf(String criterion) {
		return criterion + "Comment";
	}

	private List<DeployedForm.Choice> criteria(DelegateTask task) {
		return DeployedForm.of(task, forms).radios().stream().filter(radio -> radio.offers(MET) && radio.offers(NOT_MET))
			.toList();
	}

}
