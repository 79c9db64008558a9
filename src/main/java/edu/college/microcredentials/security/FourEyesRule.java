package edu.college.microcredentials.security;

import static edu.college.microcredentials.process.ProcessVariables.ADVISORY_TEAM;
import static edu.college.microcredentials.process.ProcessVariables.AUTHOR;
import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Nobody claims or decides on a proposal they submitted, or that their advisory team wrote. Added by the engine to
 * every user task offered to a group (the decision steps), whatever the diagram says, so it holds in Tasklist and
 * through the REST API alike. A refused claim or completion leaves the task open for a colleague.
 */
@Component
class FourEyesRule extends AbstractProcessEnginePlugin implements TaskListener {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				if (!task.getCandidateGroupIdExpressions().isEmpty()) {
					task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, FourEyesRule.this);
					task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, FourEyesRule.this);
				}
			}
		});
	}

	@Override
	public void notify(DelegateTask task) {
		String user = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : actingUser(task);
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

	private static String actingUser(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication != null ? authentication.getUserId() : task.getAssignee();
	}

}
