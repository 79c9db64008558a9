package edu.college.microcredentials.security;

import static edu.college.microcredentials.process.ProcessVariables.ADVISORY_TEAM;
import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ActingUser;

/**
 * Nobody claims or decides on a proposal they submitted, or that their advisory team wrote. Added by the engine to
 * every user task offered to a group (the decision steps), whatever the diagram says ({@code
 * process/ProcessConventions}), so it holds in Tasklist and through the REST API alike. A refused claim or completion leaves the task open for a colleague.
 */
@Component
class FourEyesRule implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String user = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : ActingUser.of(task);
		if (user == null) {
			return;
		}
		String reference = (String) task.getVariable(PROPOSAL_REFERENCE);
		if (user.equals(task.getVariable(AUTHOR))) {
			throw new ProcessEngineException("Four-eyes rule: " + user + " submitted " + reference
					+ " and cannot claim or decide on it. Leave \"" + task.getName() + "\" for a colleague.");
		}
		Object team = task.getVariable(ADVISORY_TEAM);
		if (team != null && Arrays.asList(team.toString().split(",")).contains(user)) {
			throw new ProcessEngineException("Four-eyes rule: " + user + " is on the advisory team of " + reference
					+ " and cannot claim or decide on it. Leave \"" + task.getName() + "\" for a colleague.");
		}
	}


}
