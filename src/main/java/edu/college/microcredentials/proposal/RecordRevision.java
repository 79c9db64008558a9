package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) of {@code reviseConcept}: stores what the author submitted as the next revision. */
@Component
class RecordRevision implements TaskListener {

	private final ProposalService proposals;

	RecordRevision(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = (String) task.getVariable(PROPOSAL_REFERENCE);
		proposals.revise(reference, ConceptForm.read(task), proposals.find(reference).getAuthor());
	}

}
