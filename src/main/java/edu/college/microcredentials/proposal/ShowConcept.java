package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of {@code reviseConcept}: fills the concept form with the latest revision and says what
 * needs to change. The values are task-local, so they never become process variables.
 */
@Component
class ShowConcept implements TaskListener {

	static final String REVISION_REQUEST = "revisionRequest";

	private final ProposalService proposals;

	ShowConcept(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		Proposal proposal = proposals.find((String) task.getVariable(PROPOSAL_REFERENCE));
		task.setVariablesLocal(ConceptForm.values(proposal.currentConcept()));
		task.setVariableLocal(REVISION_REQUEST, revisionRequest(proposal));
	}

	/** The rules the concept breaks, or else the question of whoever sent it back. */
	static String revisionRequest(Proposal proposal) {
		List<String> problems = proposal.currentConcept().problems();
		if (!problems.isEmpty()) {
			return problems.stream().map(problem -> "- " + problem).collect(Collectors.joining("\n"));
		}
		return proposal.lastDecision()
			.map(decision -> decision.getStageName() + " asked: " + decision.getReason())
			.orElse("");
	}

}
