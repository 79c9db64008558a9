package edu.college.microcredentials.notification;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.Role;

/** Service task {@code remindAssessors}: two weeks in, the CE team is reminded the assessment is due. */
@Component
class RemindAssessors implements JavaDelegate {

	private static final String ASSESSMENT = "assessConcept";

	private final NotificationService notifications;

	RemindAssessors(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		notifications.notify(reference, List.of("group:" + Role.CONTINUING_EDUCATION.groupId()),
				aboutTheAssessment(execution, Message.of(MessageKind.REMINDER,
						"[" + reference + "] Reminder: concept assessment due",
						"The concept " + reference + " has waited two weeks for its assessment; it is due within two more.")));
	}

	/** The reminder and the escalation are about the assessment whose timer fired: its task, stage and due date. */
	static Message aboutTheAssessment(DelegateExecution timerFired, Message message) {
		Task assessment = timerFired.getProcessEngineServices().getTaskService().createTaskQuery()
			.processInstanceId(timerFired.getProcessInstanceId()).taskDefinitionKey(ASSESSMENT).singleResult();
		return message.atStage(assessment.getName())
			.aboutTask(assessment.getId(), assessment.getDueDate() == null ? null : assessment.getDueDate().toInstant());
	}

}
