package edu.college.microcredentials.proposal;

/** What the advisory team writes in "Write full proposal". */
public record FullProposal(String developmentPlan, String resourcePlan, String badgeDescription,
		String badgeCriteria) {
}
