package edu.college.microcredentials.proposal;

/**
 * What the advisory team writes in "Write full proposal": the plan, the badge, and the EU's standard elements the
 * concept does not already give (Council Recommendation 2022/C 243/02, Annex I), each of those optional.
 *
 * @param eqfLevel the level in the European Qualifications Framework, 1 to 8, or {@code null} when not applicable
 * @param notionalWorkloadHours all the hours a learner spends (instruction, practice, self-study, assessment)
 * @param assessmentSupervision how the assessment is supervised and the learner's identity verified, one of
 *        {@link #ASSESSMENT_SUPERVISION}'s values
 */
public record FullProposal(String developmentPlan, String resourcePlan, String badgeDescription, String badgeCriteria,
		Integer eqfLevel, Integer notionalWorkloadHours, String prerequisites, String assessmentSupervision,
		String furtherInformation) {

	/** The Recommendation's four ways an assessment is supervised, by the form's values. */
	public static final java.util.Map<String, String> ASSESSMENT_SUPERVISION = java.util.Map.of(
			"unsupervisedNoIdentityVerification", "Unsupervised, with no identity verification",
			"supervisedNoIdentityVerification", "Supervised, with no identity verification",
			"supervisedOnlineWithIdentityVerification", "Supervised online, with identity verification",
			"onsiteWithIdentityVerification", "On site, with identity verification");

	public FullProposal(String developmentPlan, String resourcePlan, String badgeDescription, String badgeCriteria) {
		this(developmentPlan, resourcePlan, badgeDescription, badgeCriteria, null, null, null, null, null);
	}

}
