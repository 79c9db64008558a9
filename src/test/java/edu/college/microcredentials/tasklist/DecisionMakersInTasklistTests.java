package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.FormText;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * The people who decide, in Tasklist: the Continuing Education team (colin), the Senior Management Team (sarah),
 * the advisory team (adam), the quality reviewer (quinn) and the Board secretary (bella), each finding their task
 * in a filter, claiming it and completing its form.
 */
class DecisionMakersInTasklistTests extends StaffInTasklist {

	/** How Tasklist shows an exact date and time (the tooltip of "Due in a month"). */
	private static final DateTimeFormatter TASKLIST_DATE = DateTimeFormatter
		.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

	static final String ADVISORY_TEAM_FILTER = "Tasks offered to me";

	@Test
	void continuingEducationFindsTheDueAssessmentClaimsItAndCannotAskForMoreInformationWithoutAReason() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Blood Culture Collection"));
		Task assess = behindTheScenes.waitingTask(reference, "assessConcept");
		String due = TASKLIST_DATE.format(assess.getDueDate().toInstant());

		tasklist.signIn("colin");
		assertThat(tasklist.filterNames()).contains("My tasks", "My group's tasks", ADVISORY_TEAM_FILTER);
		tasklist.filter("My group's tasks");
		assertThat(tasklist.cardText(assess.getId())).contains("Assess concept", "Micro-credential development", "Due");
		assertThat(tasklist.dueDateOnCard(assess.getId())).isEqualTo(due);
		tasklist.screenshot("filters");

		CamundaForm form = tasklist.openTask(assess.getId(), "assessConcept");
		assertThat(tasklist.dueDateOfOpenTask()).isEqualTo(due);
		assertThat(tasklist.formIsDisabled()).as("the form before the task is claimed").isTrue();
		tasklist.claim();
		assertThat(form.text()).contains(reference + " — Blood Culture Collection", "Laboratory Sciences",
				"Perform venipuncture on adults", "Toronto General Hospital laboratory");
		assertThat(form.text()).as("the demo's venipuncture concepts, found by the register")
			.contains("Similar credentials found", "Venipuncture Techniques", "Why it matched");
		assertThat(form.editableFields()).as("the summary is read-only: only the three decisions and the reason")
			.isEqualTo(4);
		assertThat(form.isShown("reason")).as("a reason can be given for any decision").isTrue();
		form.choose("decision", "supported");
		assertThat(form.text()).contains("Reason (optional)");

		form.choose("decision", "moreInformation");
		assertThat(form.text()).contains("Reason (required)");
		tasklist.clickComplete();
		assertThat(tasklist.notificationContaining("Give a reason for the decision"))
			.contains("'More information needed — return to the author'")
			.as("the application's message as it is, without the engine's wrapping")
			.doesNotContain("ENGINE-", "TaskListener", "Cannot submit task form");
		behindTheScenes.waitingTask(reference, "assessConcept");
		tasklist.screenshot("assess-concept");

		form.type("reason", "Which clinics have committed placements, and how many?");
		tasklist.dismissNotifications().complete(assess.getId());

		Task revise = behindTheScenes.waitingTask(reference, "reviseConcept");
		assertThat(revise.getAssignee()).isEqualTo("priya");
		assertThat(behindTheScenes.taskVariables(revise.getId()))
			.containsEntry("revisionRequest",
					FormText.literal("Assess concept asked: Which clinics have committed placements, and how many?"));
		assertThat(behindTheScenes.proposal(reference).lastDecision()).get()
			.extracting(Decision::getOutcome, Decision::getDecidedBy)
			.containsExactly("moreInformation", "colin");
	}

	@Test
	void anAssessorWhoSubmittedTheConceptIsToldOfTheFourEyesRuleWhenClaimingIt() {
		if (engine.getIdentityService().createUserQuery().userId("colin").memberOfGroup("requesters").count() == 0) {
			engine.getIdentityService().createMembership("colin", "requesters");
		}
		String reference = behindTheScenes.submit("colin", ConceptTyping.submitted("Point-of-Care Testing"));
		Task assess = behindTheScenes.waitingTask(reference, "assessConcept");

		tasklist.signIn("colin").filter("My group's tasks");
		tasklist.openTask(assess.getId(), "assessConcept");
		tasklist.clickClaim();

		assertThat(tasklist.notificationContaining("Four-eyes rule"))
			.contains("colin submitted " + reference + " and cannot claim or decide on it.")
			.as("the application's message as it is, through the webapps' API")
			.doesNotContain("ENGINE-", "TaskListener", "Exception");
		tasklist.screenshot("four-eyes-rule");
		assertThat(behindTheScenes.waitingTask(reference, "assessConcept").getAssignee()).isNull();
		engine.getIdentityService().deleteMembership("colin", "requesters");
	}

	@Test
	void markupTypedIntoAConceptShowsAsTextToTheAssessorAndTheQuestionAsTextToTheAuthor() {
		String title = "**APPROVED BY SMT** <button>Approve</button> [click here](https://evil.example)";
		String purpose = "<a href=\"https://evil.example\">Official guidance</a> ![x](https://evil.example/t.png)";
		Map<String, Object> concept = ConceptTyping.submitted(title);
		concept.put("purpose", purpose);
		String reference = behindTheScenes.submit("priya", concept);
		Task assess = behindTheScenes.waitingTask(reference, "assessConcept");

		tasklist.signIn("colin").filter("My group's tasks");
		CamundaForm form = tasklist.openTask(assess.getId(), "assessConcept");
		tasklist.claim();
		assertThat(form.text()).contains(reference + " — " + title, purpose);
		assertThat(form.elements("button, img, a[href*='evil.example']"))
			.as("nothing the requester typed became a button, an image or a link").isEmpty();
		assertThat(form.elements("strong")).extracting(WebElement::getText).noneMatch(bold -> bold.contains("APPROVED"));
		tasklist.screenshot("markup-shown-as-text");

		String question = "Is <b>this</b> the *real* title? See [the rules](https://evil.example)";
		form.choose("decision", "moreInformation").type("reason", question);
		tasklist.complete(assess.getId());

		Task revise = behindTheScenes.waitingTask(reference, "reviseConcept");
		tasklist.signIn("priya").filter("My tasks");
		CamundaForm returned = tasklist.openTask(revise.getId(), "submitConcept");
		assertThat(returned.text()).contains("Assess concept asked: " + question);
		assertThat(returned.elements("b, a[href*='evil.example']")).isEmpty();
		assertThat(returned.valueOf("title")).as("the author edits what they typed, not its escapes").isEqualTo(title);
		assertThat(returned.valueOf("purpose")).isEqualTo(purpose);
	}

	@Test
	void supportedConceptIsEndorsedWrittenUpByItsAdvisoryTeamAndApprovedByTheBoard() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Arterial Blood Gas Sampling"));

		decide("colin", "My group's tasks", reference, "assessConcept", null, form -> form.choose("decision", "supported"));
		decide("sarah", "My group's tasks", reference, "endorseConcept", "endorse-concept",
				form -> form.choose("decision", "endorsed").type("reason", "Fits the college's health-sciences priorities"));
		decide("colin", "My group's tasks", reference, "formAdvisoryTeam", "form-advisory-team",
				form -> {
					form.pick("advisoryTeamLead", "Clar", "Adam Clarke (adam)").pick("advisoryTeamMembers", "Ava", "Ava Singh (ava)");
					tasklist.screenshot(form.pickerGroupOf("advisoryTeamMembers"), "advisory-team-picker");
				});
		decide("adam", ADVISORY_TEAM_FILTER, reference, "writeFullProposal", "write-full-proposal",
				form -> form.type("developmentPlan", "Design in January, pilot with 12 learners in April, launch in September")
					.type("resourcePlan", "Respiratory therapist 2 days a month; simulation lab 20 hours")
					.type("badgeDescription", "Holders draw and handle arterial blood gas samples safely")
					.type("badgeCriteria", "Pass the observed practical exam and the portfolio review"));
		decide("sarah", "My group's tasks", reference, "reviewFullProposal", null, form -> {
			assertThat(form.text()).contains("Not needed unless the routing rules ask for it: an existing program "
					+ "converted, or hours or weeks near the limits (processes/review-routing.dmn).");
			form.choose("decision", "endorsed");
		});
		decide("bella", "My group's tasks", reference, "recordBoardDecision", null,
				form -> form.choose("decision", "approved").date("meetingDate", LocalDate.of(2027, 3, 18))
					.type("motionNumber", "BoG-2027-14"));

		Proposal proposal = behindTheScenes.proposal(reference);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(proposal.getDecisions()).extracting(Decision::getStage, Decision::getOutcome, Decision::getDecidedBy)
			.containsExactly(tuple("assessConcept", "supported", "colin"), tuple("endorseConcept", "endorsed", "sarah"),
					tuple("formAdvisoryTeam", "formed", "colin"), tuple("writeFullProposal", "submitted", "adam"),
					tuple("reviewFullProposal", "endorsed", "sarah"), tuple("recordBoardDecision", "approved", "bella"));
		assertThat(proposal.getDecisions().get(1).getReason()).as("a positive decision keeps its reason")
			.isEqualTo("Fits the college's health-sciences priorities");
		assertThat(proposal.getDecisions().get(5).getDetails()).contains("2027-03-18", "BoG-2027-14");
		assertThat(proposal.advisoryTeamMembers()).containsExactly("adam", "ava");
		assertThat(proposal.getBadgeCriteria()).isEqualTo("Pass the observed practical exam and the portfolio review");
	}

	@Test
	void convertedProgramPassesTheQualityReviewAfterChangesAndTheBoardSeesItsWholeDossier() {
		Map<String, Object> conversion = DemoConcepts.convertedHematology();
		conversion.put("title", "Coagulation Testing for MLA");
		String reference = behindTheScenes.submit("priya", conversion);
		behindTheScenes.complete(reference, "assessConcept", "colin",
				Map.of("decision", "supported", "reason", "Partner hospitals ask for coagulation skills"));
		behindTheScenes.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));

		decide("colin", "My group's tasks", reference, "formAdvisoryTeam", null, form -> {
			form.pick("advisoryTeamLead", "Adam", "Adam Clarke (adam)").pick("advisoryTeamMembers", "Singh", "Ava Singh (ava)")
				.check("resourcesRequested", true);
			assertThat(form.isShown("resourceRequest")).isTrue();
			form.type("resourceRequest", "Two evenings a week of the hematology lab for 8 weeks");
		});
		decide("priya", "My tasks", reference, "confirmResources", "confirm-resources", form -> {
			assertThat(form.text()).contains("Two evenings a week of the hematology lab for 8 weeks");
			form.choose("decision", "confirmed");
		});
		decide("quinn", "My group's tasks", reference, "reviewCurriculumQuality", "review-curriculum-quality", form -> {
			form.keysOfType("radio").forEach(criterion -> form.choose(criterion, "met"));
			form.choose("freeOfBias", "notMet")
				.type("freeOfBiasComment", "Case studies only show adult patients of one background");
		});
		decide("adam", ADVISORY_TEAM_FILTER, reference, "addressQualityFindings", "address-quality-findings", form -> {
			assertThat(form.text()).contains("Content free of bias", "Case studies only show adult patients of one background");
			assertThat(form.isShown("freeOfBiasResponse")).isTrue();
			assertThat(form.isShown("rigourResponse")).as("only criteria found not met are answered").isFalse();
			assertThat(form.valueOf("title")).as("the concept, filled in from its revision").isEqualTo("Coagulation Testing for MLA");
			form.type("freeOfBiasResponse", "Added case studies of children, older adults and patients of several backgrounds")
				.type("learningOutcomes", "Perform coagulation tests safely for patients of every age and background");
		});
		decide("quinn", "My group's tasks", reference, "reviewCurriculumQuality", "review-curriculum-quality-again", form -> {
			assertThat(form.text()).contains("Revision: 2, revised by the advisory team",
					"Earlier finding: Case studies only show adult patients of one background",
					"Advisory team's response: Added case studies of children, older adults and patients of several backgrounds",
					"Perform coagulation tests safely for patients of every age and background");
			assertThat(form.text()).as("only the criterion found not met has an earlier finding")
				.containsOnlyOnce("Earlier finding");
			form.keysOfType("radio").forEach(criterion -> form.choose(criterion, "met"));
		});

		behindTheScenes.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		decide("sarah", "My group's tasks", reference, "reviewFullProposal", "review-full-proposal", form -> {
			assertThat(form.text()).contains("Revision: 2, revised by the advisory team",
					"Similar credentials", "None in the region", "Impact on existing programs",
					"Complements the MLA diploma; no overlap", "Proposed launch: " + DemoConcepts.LAUNCH,
					"Continuing Education assessment", "Supported by colin on", "Partner hospitals ask for coagulation skills",
					"Senior Management Team endorsement", "Endorsed by sarah on",
					"Advisory team: adam (lead), ava", "Two evenings a week of the hematology lab for 8 weeks",
					"Confirmed by priya on",
					"Faculty lead 0.2 FTE; lab technologist 2 days a month",
					"Pass the observed practical demonstration and the portfolio review",
					"Review 1: Changes needed by quinn on", "Content free of bias: Case studies only show adult patients",
					"Advisory team's response: Added case studies of children",
					"Review 2: Compliant by quinn on");
			form.choose("decision", "endorsed").type("reason", "Ready for the Board: the findings are addressed");
		});
		decide("bella", "My group's tasks", reference, "recordBoardDecision", "record-board-decision", form -> {
			assertThat(form.text()).contains("Senior Management Team review of the full proposal",
					"Reason: Ready for the Board: the findings are addressed",
					"Faculty lead 0.2 FTE; lab technologist 2 days a month",
					"Pass the observed practical demonstration and the portfolio review", "Review 2: Compliant by quinn on");
			form.choose("decision", "approved").date("meetingDate", LocalDate.of(2027, 6, 17)).type("motionNumber", "BoG-2027-31");
		});

		Proposal proposal = behindTheScenes.proposal(reference);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(proposal.getDecisions())
			.extracting(Decision::getStage, Decision::getOutcome, Decision::getDecidedBy)
			.containsSubsequence(tuple("confirmResources", "confirmed", "priya"),
					tuple("reviewCurriculumQuality", "changesNeeded", "quinn"),
					tuple("addressQualityFindings", "changed", "adam"),
					tuple("reviewCurriculumQuality", "compliant", "quinn"));
		assertThat(proposal.currentConcept().getRevision()).isEqualTo(2);
		assertThat(proposal.currentConcept().getLearningOutcomes()).startsWith("Perform coagulation tests safely");
	}

	/**
	 * One person's step: sign in, find the proposal's task in the filter, open and (if offered to a group or to
	 * several people) claim it, fill in the form, take the guide's picture, complete it.
	 */
	private void decide(String user, String filter, String reference, String taskKey, String screenshot,
			Consumer<CamundaForm> fillIn) {
		Task task = behindTheScenes.waitingTask(reference, taskKey);
		tasklist.signIn(user).filter(filter);
		CamundaForm form = tasklist.openTask(task.getId(), formOf(taskKey));
		if (task.getAssignee() == null) {
			tasklist.claim();
		}
		assertThat(form.text()).contains(reference);
		fillIn.accept(form);
		if (screenshot != null) {
			tasklist.screenshot(screenshot);
		}
		tasklist.complete(task.getId());
		assertThat(behindTheScenes.task(reference).map(Task::getId)).as("%s is done", taskKey).isNotEqualTo(
				Optional.of(task.getId()));
	}

	/** Each decision step's form has the step's id (forms/assessConcept.form for assessConcept, ...). */
	private static String formOf(String taskKey) {
		return taskKey;
	}

}
