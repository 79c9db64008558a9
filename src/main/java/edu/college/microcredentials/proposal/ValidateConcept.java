package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.CONCEPT_VALID;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code validateConcept}: checks the latest revision against {@link ConceptRules}. The problems are
 * recorded on the revision, where the "Revise concept" task shows them to the author.
 */
@Component
class ValidateConcept implements JavaDelegate {

	private final ProposalService proposals;

	ValidateConcept(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		execution.setVariable(CONCEPT_VALID, proposals.validate(reference).isEmpty());
	}

}
