package edu.college.microcredentials.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of every user task, by convention ({@link ProcessConventions}): a step listed in
 * {@link DecisionDeadlines} gets its follow-up and due dates, which Tasklist shows and sorts by, unless its diagram
 * sets them itself (the assessment, whose diagram also draws its reminder and escalation).
 */
@Component
@EnableConfigurationProperties(DecisionDeadlines.class)
class SetDecisionDeadlines implements TaskListener {

	private final DecisionDeadlines deadlines;

	SetDecisionDeadlines(DecisionDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getDueDate() != null) {
			return;
		}
		deadlines.of(task.getTaskDefinitionKey()).ifPresent(deadline -> {
			Instant created = ClockUtil.getCurrentTime().toInstant();
			task.setFollowUpDate(Date.from(deadlines.after(created, deadline.followUp())));
			task.setDueDate(Date.from(deadlines.after(created, deadline.due())));
		});
	}

}
