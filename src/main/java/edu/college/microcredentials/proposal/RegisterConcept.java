package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code registerConcept}: moves the submitted concept form into a new {@link Proposal} record and
 * keeps only its reference (as business key) and routing facts in the process.
 */
@Component
class RegisterConcept implements JavaDelegate {

	private final ProposalService proposals;

	RegisterConcept(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Concept concept = ConceptForm.read(execution);
		Proposal proposal = proposals.register(concept, (String) execution.getVariable(AUTHOR));
		execution.removeVariables(ConceptForm.fieldNames());
		execution.setProcessBusinessKey(proposal.getReference());
		execution.setVariable(PROPOSAL_REFERENCE, proposal.getReference());
		RoutingFacts.of(concept, execution.getProcessInstance());
	}

}
