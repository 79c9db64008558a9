package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.process.StepName;

/**
 * Task listener (complete) of {@code addressQualityFindings}: the advisory team's changes to the concept become a
 * new revision, with their response to each open quality finding (field {@code <criterion>Response}, e.g.
 * {@code freeOfBiasResponse}). No validation step follows in the diagram, so a revision that breaks the rules or
 * leaves a finding unanswered is refused here, with every problem, and the task stays open with nothing changed.
 */
@Component
class RecordTeamRevision implements TaskListener {

	private final ProposalService proposals;

	private final ConceptRules rules;

	RecordTeamRevision(ProposalService proposals, ConceptRules rules) {
		this.proposals = proposals;
		this.rules = rules;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = (String) task.getVariable(PROPOSAL_REFERENCE);
		Map<String, String> responses = new LinkedHashMap<>();
		List<String> answers = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		for (QualityFinding finding : proposals.find(reference).openQualityFindings()) {
			String response = ConceptField.Kind.PARAGRAPH.read(task.getVariable(responseOf(finding.criterion())));
			if (response == null) {
				unanswered.add(finding.label());
				continue;
			}
			responses.put(finding.criterion(), response);
			answers.add("- " + finding.label() + ": " + response);
		}
		if (!unanswered.isEmpty()) {
			throw Refusal.badInput("Answer every finding of the quality review; missing: "
					+ String.join("; ", unanswered) + ".");
		}
		Concept concept = ConceptForm.read(task);
		List<String> problems = rules.problemsOf(concept);
		if (!problems.isEmpty()) {
			throw Refusal.badInput("The revised concept breaks the rules: " + String.join(" ", problems));
		}
		proposals.addressQualityFindings(reference, concept, responses, new StageDecision(task.getTaskDefinitionKey(),
				StepName.of(task), "changed", String.join("\n", answers), ActingUser.of(task), null));
		RoutingFacts.of(concept, task.getExecution().getProcessInstance());
		responses.keySet().forEach(criterion -> task.getExecution().removeVariable(responseOf(criterion)));
	}

	/** The key of the form field that answers a criterion's finding, e.g. {@code freeOfBiasResponse}. */
	static String responseOf(String criterion) {
		return criterion + "Response";
	}

}
