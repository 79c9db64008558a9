package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.FormText;

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
		task.setVariableLocal(REVISION_REQUEST, revisionRequest(proposal, FormText::literal));
		String askedBy = proposal.currentConcept().problems().isEmpty()
				? proposal.lastDecision().map(Decision::getDecidedBy).orElse(null) : null;
		proposals.returnForRevision(proposal.getReference(), askedBy, task.getId(),
				revisionRequest(proposal, UnaryOperator.identity()));
	}

	/** Each problem as a list item, else the question; {@code text} gives what it quotes: literal for the form. */
	private static String revisionRequest(Proposal proposal, UnaryOperator<String> text) {
		List<String> problems = proposal.currentConcept().problems();
		if (!problems.isEmpty()) {
			return problems.stream().map(problem -> "- " + text.apply(problem)).collect(Collectors.joining("\n"));
		}
		return proposal.lastDecision()
			.map(decision -> text.apply(decision.getStageName() + " asked: " + decision.getReason()))
			.orElse("");
	}

}
