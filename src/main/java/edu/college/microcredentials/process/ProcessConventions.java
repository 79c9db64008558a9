package edu.college.microcredentials.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What every user task and every process gets without the diagram saying so: the one mechanism for cross-cutting
 * behaviour (docs/architecture.md). An administrator adds a step in Modeler with a name, a form and a candidate
 * group; the engine adds, when it parses the diagram:
 * <ul>
 * <li>on create: its follow-up and due dates from the deadlines table ({@code setDecisionDeadlines}), the
 * proposal's summary for the form ({@code showProposal}), the staff directory for a form that picks people
 * ({@code offerStaffDirectory}) and the step on the record, which notifies the people concerned
 * ({@code trackProposalStep});</li>
 * <li>on complete, unless the step has a complete listener of its own: the {@code decision} and {@code reason} of
 * its form on the record ({@code recordDecision});</li>
 * <li>on assignment and complete of a task offered to a group: the four-eyes rule ({@code fourEyesRule});</li>
 * <li>at the end of each process instance: declined or cancelled on the record ({@code recordProcessEnd}).</li>
 * </ul>
 * They are built-in listeners, so they run before the diagram's own and even when an administrator deletes an
 * instance with "skip custom listeners".
 */
@Component
class ProcessConventions extends AbstractProcessEnginePlugin {

	static final List<String> ON_CREATE = List.of("setDecisionDeadlines", "showProposal", "offerStaffDirectory",
			"trackProposalStep");

	static final String ON_COMPLETE_BY_DEFAULT = "recordDecision";

	static final String FOUR_EYES = "fourEyesRule";

	static final String ON_PROCESS_END = "recordProcessEnd";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				ExpressionManager expressions = configuration.getExpressionManager();
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				List<TaskListener> own = task.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE);
				boolean ownCompletion = own != null && !own.isEmpty();
				if (!task.getCandidateGroupIdExpressions().isEmpty()) {
					task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener(expressions, FOUR_EYES));
					task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener(expressions, FOUR_EYES));
				}
				ON_CREATE.forEach(bean -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
						listener(expressions, bean)));
				if (!ownCompletion) {
					task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
							listener(expressions, ON_COMPLETE_BY_DEFAULT));
				}
			}

			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, new DelegateExpressionExecutionListener(
						configuration.getExpressionManager().createExpression("${" + ON_PROCESS_END + "}"), List.of()));
			}

		});
	}

	private static TaskListener listener(ExpressionManager expressions, String bean) {
		return new DelegateExpressionTaskListener(expressions.createExpression("${" + bean + "}"), List.of());
	}

}
