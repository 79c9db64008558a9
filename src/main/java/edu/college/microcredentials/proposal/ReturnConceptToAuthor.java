package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of {@code reviseConcept}: the concept is returned to its author, who reads on the form
 * what needs to change: every rule it breaks, or else the question of whoever sent it back.
 */
@Component
class ReturnConceptToAuthor implements TaskListener {

	static final String REVISION_REQUEST = "revisionRequest";

	private final ProposalService proposals;

	ReturnConceptToAuthor(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		Proposal proposal = proposals.find((String) task.getVariable(PROPOSAL_REFERENCE));
		String request = revisionRequest(proposal);
		task.setVariableLocal(REVISION_REQUEST, request);
		String askedBy = proposal.currentConcept().problems().isEmpty()
				? proposal.lastDecision().map(Decision::getDecidedBy).orElse(null) : null;
		proposals.returnForRevision(proposal.getReference(), askedBy, request);
	}

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
