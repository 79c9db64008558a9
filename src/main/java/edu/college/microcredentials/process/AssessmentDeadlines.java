package edu.college.microcredentials.process;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The CE assessment's deadlines as the development diagram's timers and due dates read them
 * ({@code ${assessmentDeadlines.followUp}}, {@code ${assessmentDeadlines.due}}, also in diagram versions deployed
 * earlier): the {@code assessConcept} row of {@link DecisionDeadlines}, as ISO 8601 durations from now (the moment
 * the diagram reads them), so that counted in working days they still end on the right day.
 */
@Component("assessmentDeadlines")
public class AssessmentDeadlines {

	static final String STEP = "assessConcept";

	private final DecisionDeadlines deadlines;

	AssessmentDeadlines(DecisionDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public String getFollowUp() {
		return fromNow(deadline().followUp());
	}

	public String getDue() {
		return fromNow(deadline().due());
	}

	private String fromNow(Duration duration) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		return Duration.between(now, deadlines.after(now, duration)).toString();
	}

	private DecisionDeadlines.Deadline deadline() {
		return deadlines.of(STEP).orElseThrow(
				() -> new IllegalStateException("approval.deadlines.steps." + STEP + " is not configured"));
	}

}
