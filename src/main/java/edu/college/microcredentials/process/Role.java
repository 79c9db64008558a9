package edu.college.microcredentials.process;

import java.util.Arrays;
import java.util.Optional;

/** The people who take part, as Camunda groups; the BPMN's candidate groups are these ids. */
public enum Role {

	REQUESTERS("requesters", "Requesters (program staff)"),
	CONTINUING_EDUCATION("continuingEducation", "Continuing Education team"),
	SENIOR_MANAGEMENT("seniorManagement", "Senior Management Team"),
	QUALITY_REVIEWERS("qualityReviewers", "Curriculum quality reviewers"),
	BOARD_SECRETARY("boardSecretary", "Board of Governors secretary"),
	AUDITORS("auditors", "Auditors (read-only)"),
	PROCESS_ADMINISTRATORS("camunda-admin", "Process administrators");

	private final String groupId;

	private final String displayName;

	Role(String groupId, String displayName) {
		this.groupId = groupId;
		this.displayName = displayName;
	}

	public String groupId() {
		return groupId;
	}

	public String displayName() {
		return displayName;
	}

	public static Optional<Role> ofGroup(String groupId) {
		return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
	}

}
