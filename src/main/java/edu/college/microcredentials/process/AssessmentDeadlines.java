package edu.college.microcredentials.process;

import org.springframework.stereotype.Component;

/**
 * The CE assessment's deadlines as the development diagram's timers and due dates read them
 * ({@code ${assessmentDeadlines.followUp}}, {@code ${assessmentDeadlines.due}}, also in diagram versions deployed
 * earlier): the {@code assessConcept} row of {@link DecisionDeadlines}, as ISO 8601 text.
 */
@Component("assessmentDeadlines")
public class AssessmentDeadlines {

	static final String STEP = "assessConcept";

	private final DecisionDeadlines deadlines;

	AssessmentDeadlines(DecisionDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public String getFollowUp() {
		return deadline().followUp().toString();
	}

	public String getDue() {
		return deadline().due().toString();
	}

	private DecisionDeadlines.Deadline deadline() {
		return deadlines.of(STEP).orElseThrow(
				() -> new IllegalStateException("approval.deadlines.steps." + STEP + " is not configured"));
	}

}
