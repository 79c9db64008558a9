package edu.college.microcredentials.notification;

import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.ProposalService;

/**
 * Execution listener (start) on every user task and end event: tells the author where their proposal is now, and
 * the people who must act what awaits them. Assignee and candidate users may name a process variable, e.g.
 * {@code ${author}}.
 */
@Component
class NotifyStakeholders implements ExecutionListener {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

	private final NotificationService notifications;

	private final ProposalService proposals;

	NotifyStakeholders(NotificationService notifications, ProposalService proposals) {
		this.notifications = notifications;
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		String title = proposals.find(reference).currentConcept().getTitle();
		FlowElement step = execution.getBpmnModelElementInstance();
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add("user:" + execution.getVariable(AUTHOR));
		if (step instanceof UserTask task) {
			recipients.addAll(actors(task, execution));
		}
		notifications.notify(reference, recipients, "[" + reference + "] " + step.getName(),
				"The micro-credential proposal \"" + title + "\" (" + reference + ") is now at: " + step.getName() + ".");
	}

	private static Set<String> actors(UserTask task, DelegateExecution execution) {
		Set<String> actors = new LinkedHashSet<>();
		split(task.getCamundaCandidateGroups(), execution).forEach(group -> actors.add("group:" + group));
		split(task.getCamundaCandidateUsers(), execution).forEach(user -> actors.add("user:" + user));
		split(task.getCamundaAssignee(), execution).forEach(user -> actors.add("user:" + user));
		return actors;
	}

	private static Set<String> split(String ids, DelegateExecution execution) {
		Set<String> result = new LinkedHashSet<>();
		if (ids == null) {
			return result;
		}
		Matcher variable = VARIABLE.matcher(ids.trim());
		String resolved = variable.matches() ? String.valueOf(execution.getVariable(variable.group(1))) : ids;
		for (String id : resolved.split(",")) {
			if (!id.isBlank()) {
				result.add(id.trim());
			}
		}
		return result;
	}

}
