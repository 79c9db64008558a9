package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of the tasks that edit the concept ({@code reviseConcept}, {@code addressQualityFindings}):
 * fills the concept's fields with the latest revision. The values are task-local, so they never become process
 * variables, and what the user submits on the form replaces them.
 */
@Component
class ShowConcept implements TaskListener {

	private final ProposalService proposals;

	ShowConcept(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		Proposal proposal = proposals.find((String) task.getVariable(PROPOSAL_REFERENCE));
		task.setVariablesLocal(ConceptForm.values(proposal.currentConcept()));
	}

}
