package edu.college.microcredentials.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Nobody claims or decides on a proposal they submitted, or that their advisory team wrote. Added by the engine to
 * every user task offered to a group (the decision steps), whatever the diagram says ({@code
 * process/ProcessConventions}), so it holds in Tasklist and through the REST API alike. Author and team come from
 * the proposal's record, found by the process's business key, never from variables a caller could set. A refused
 * claim or completion leaves the task open for a colleague.
 */
@Component
class FourEyesRule implements TaskListener {

	private final ProposalService proposals;

	FourEyesRule(ProposalService proposals) {
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		String user = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : ActingUser.of(task);
		String reference = task.getExecution().getProcessBusinessKey();
		if (user == null || reference == null) {
			return;
		}
		Proposal proposal = proposals.find(reference);
		if (user.equals(proposal.getAuthor())) {
			throw Refusal.notAllowed("Four-eyes rule: " + user + " submitted " + reference
					+ " and cannot claim or decide on it. Leave \"" + StepName.of(task) + "\" for a colleague.");
		}
		if (proposal.advisoryTeamMembers().contains(user)) {
			throw Refusal.notAllowed("Four-eyes rule: " + user + " is on the advisory team of " + reference
					+ " and cannot claim or decide on it. Leave \"" + StepName.of(task) + "\" for a colleague.");
		}
	}

}
