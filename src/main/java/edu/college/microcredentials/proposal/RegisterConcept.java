package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;

/**
 * Service task {@code registerConcept}: moves the submitted concept form into a new {@link Proposal} record of the
 * signed-in author and keeps only its reference (as business key) and routing facts in the process.
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
		Proposal proposal = proposals.register(concept, author(execution));
		execution.removeVariables(ConceptForm.fieldNames());
		execution.setProcessBusinessKey(proposal.getReference());
		execution.setVariable(PROPOSAL_REFERENCE, proposal.getReference());
		execution.setVariable(AUTHOR, proposal.getAuthor());
		RoutingFacts.of(concept, execution.getProcessInstance());
	}

	/**
	 * Whoever is signed in and submitting the form, whatever variables they send; the start event's initiator only
	 * when the application itself starts the process without a signed-in user.
	 */
	private static String author(DelegateExecution execution) {
		String signedIn = ActingUser.of(execution);
		return signedIn != null ? signedIn : (String) execution.getVariable(AUTHOR);
	}

}
