package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.ProcessVariables.ADVISORY_TEAM;
import static edu.college.microcredentials.process.ProcessVariables.RESOURCES_REQUESTED;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Task listener (complete) of {@code formAdvisoryTeam}: the lead (a select) and the members (a taglist, a Json list),
 * both picked from the staff directory, must be known users; they become the candidates of the advisory team's tasks.
 * Whether resources were requested decides if the author must confirm.
 */
@Component
class RecordAdvisoryTeam implements TaskListener {

	static final String LEAD = "advisoryTeamLead";

	static final String MEMBERS = "advisoryTeamMembers";

	static final String RESOURCE_REQUEST = "resourceRequest";

	private final ProposalService proposals;

	private final IdentityService identityService;

	RecordAdvisoryTeam(ProposalService proposals, IdentityService identityService) {
		this.proposals = proposals;
		this.identityService = identityService;
	}

	@Override
	public void notify(DelegateTask task) {
		Set<String> team = new LinkedHashSet<>();
		team.add(TaskForm.required(task, LEAD, "Advisory team lead"));
		team.addAll(members(task));
		checkKnownUsers(team);
		boolean resourcesRequested = Boolean.TRUE.equals(task.getVariable(RESOURCES_REQUESTED));
		String resourceRequest = resourcesRequested
				? TaskForm.required(task, RESOURCE_REQUEST, "What the requesting area is asked to provide") : null;
		List<String> members = new ArrayList<>(team);
		String reference = TaskForm.reference(task);
		proposals.formAdvisoryTeam(reference, members.get(0), members, resourceRequest, TaskForm.decidedBy(task));
		proposals.recordDecision(reference, new StageDecision(task.getTaskDefinitionKey(), StepName.of(task), "formed",
				null, TaskForm.decidedBy(task), Spin.JSON(Map.of("lead", members.get(0), "members", members,
						"resourcesRequested", resourcesRequested)).toString()));
		TaskForm.forget(task, LEAD, MEMBERS, RESOURCE_REQUEST);
		task.getExecution().setVariable(ADVISORY_TEAM, String.join(",", members));
		task.getExecution().setVariable(RESOURCES_REQUESTED, resourcesRequested);
	}

	private static List<String> members(DelegateTask task) {
		if (!(task.getVariable(MEMBERS) instanceof SpinJsonNode list) || !list.isArray()
				|| !list.elements().stream().allMatch(SpinJsonNode::isString)) {
			throw Refusal.badInput("'Members' must be a list of people picked from the staff directory.");
		}
		List<String> members = list.elements().stream().map(SpinJsonNode::stringValue).toList();
		if (members.isEmpty()) {
			throw Refusal.badInput("'Members' is required.");
		}
		return members;
	}

	private void checkKnownUsers(Set<String> userIds) {
		Set<String> unknown = new LinkedHashSet<>(userIds);
		identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream().map(User::getId)
			.forEach(unknown::remove);
		if (!unknown.isEmpty()) {
			throw Refusal.badInput("Unknown user id(s): " + String.join(", ", unknown)
					+ ". Pick the advisory team from the staff directory.");
		}
	}

}
