package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;

/**
 * Task listener (complete) of {@code addressQualityFindings}: the advisory team's changes to the concept become a
 * new revision, with what they changed as their response to the findings. No validation step follows in the
 * diagram, so a revision that breaks the rules is refused here, with every problem, and the task stays open.
 */
@Component
class RecordTeamRevision implements TaskListener {

	static final String CHANGES_MADE = "changesMade";

	private final ProposalService proposals;

	private final ConceptRules rules;

	RecordTeamRevision(ProposalService proposals, ConceptRules rules) {
		this.proposals = proposals;
		this.rules = rules;
	}

	@Override
	public void notify(DelegateTask task) {
		Object changes = task.getVariable(CHANGES_MADE);
		if (changes == null || changes.toString().isBlank()) {
			throw new ProcessEngineException("'What changed' is required: tell the reviewer how you addressed the findings.");
		}
		Concept concept = ConceptForm.read(task);
		List<String> problems = rules.problemsOf(concept);
		if (!problems.isEmpty()) {
			throw new ProcessEngineException("The revised concept breaks the rules: "
					+ problems.stream().collect(Collectors.joining(" ")));
		}
		String reference = (String) task.getVariable(PROPOSAL_REFERENCE);
		String by = ActingUser.of(task);
		proposals.revise(reference, concept, by);
		proposals.recordDecision(reference, new StageDecision(task.getTaskDefinitionKey(), task.getName(), "changed",
				changes.toString().trim(), by, null));
		RoutingFacts.of(concept, task.getExecution().getProcessInstance());
		task.getExecution().removeVariable(CHANGES_MADE);
	}

}
