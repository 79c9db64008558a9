package edu.college.microcredentials.notification;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.Role;

/**
 * Service task {@code escalateOverdueAssessment}: four weeks without an assessment is past the promise made to
 * program areas, so the Senior Management Team hears of it too. The task stays with the CE team.
 */
@Component
class EscalateOverdueAssessment implements JavaDelegate {

	private final NotificationService notifications;

	EscalateOverdueAssessment(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(PROPOSAL_REFERENCE);
		notifications.notify(reference,
				List.of("group:" + Role.CONTINUING_EDUCATION.groupId(), "group:" + Role.SENIOR_MANAGEMENT.groupId()),
				RemindAssessors.aboutTheAssessment(execution,
						Message.of(MessageKind.ESCALATION, "[" + reference + "] Overdue: concept assessment",
								"The concept " + reference
										+ " has waited four weeks for its assessment by the Continuing Education team.")));
	}

}
