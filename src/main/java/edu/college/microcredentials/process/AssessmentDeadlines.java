package edu.college.microcredentials.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the CE team's assessment is followed up (reminder) and due (escalation), as ISO 8601 durations from the
 * moment the task is created. The diagram reads them as {@code ${assessmentDeadlines.followUp}} and
 * {@code ${assessmentDeadlines.due}}; set {@code approval.assessment.*} to change them.
 */
@Component("assessmentDeadlines")
@ConfigurationProperties("approval.assessment")
public class AssessmentDeadlines {

	private String followUp = "P14D";

	private String due = "P28D";

	public String getFollowUp() {
		return followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

	public String getDue() {
		return due;
	}

	public void setDue(String due) {
		this.due = due;
	}

}
