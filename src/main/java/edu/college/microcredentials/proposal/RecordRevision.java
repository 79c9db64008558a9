package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;

/**
 * Task listener (complete) of {@code reviseConcept}: stores what the author submitted as the next revision, which
 * {@code validateConcept} then checks, and refreshes the facts the process routes on.
 */
@Component
class RecordRevision implements TaskListener {

	private final ProposalService proposals;

	RecordRevision(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		Concept concept = ConceptForm.read(task);
		proposals.revise((String) task.getVariable(PROPOSAL_REFERENCE), concept, ActingUser.of(task));
		RoutingFacts.of(concept, task.getExecution().getProcessInstance());
	}

}
