package edu.college.microcredentials.notification;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.Role;

/** Service task {@code remindAssessors}: two weeks in, the CE team is reminded the assessment is due. */
@Component
class RemindAssessors implements JavaDelegate {

	private final NotificationService notifications;

	RemindAssessors(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		notifications.notify(reference, List.of("group:" + Role.CONTINUING_EDUCATION.groupId()),
				Message.of(MessageKind.REMINDER, "[" + reference + "] Reminder: concept assessment due",
						"The concept " + reference + " has waited two weeks for its assessment; it is due within two more.")
					.atStage("Assess concept"));
	}

}
