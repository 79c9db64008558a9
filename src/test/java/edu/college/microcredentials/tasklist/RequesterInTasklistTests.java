package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * A requester (priya) in Tasklist: starting a concept from its start form, answering a returned concept, being
 * told about a broken rule, and withdrawing a proposal.
 */
class RequesterInTasklistTests extends StaffInTasklist {

	@Test
	void requesterFillsInTheConceptFormAndTheProposalGetsItsReference() {
		tasklist.signInPage().screenshot("sign-in");
		tasklist.signIn("priya");

		CamundaForm concept = tasklist.startProcess("Micro-credential development", "submitConcept");
		ConceptTyping.fillIn(concept, "Phlebotomy for Clinic Assistants");
		assertThat(concept.valueOf("reviewFrequencyMonths")).as("the default review period").isEqualTo("12");
		tasklist.screenshot("start-form");
		tasklist.start();
		assertThat(tasklist.notificationContaining("My proposals")).as("where the author finds the new reference")
			.contains("Your proposal and its reference are on My proposals");

		ProcessInstance proposal = behindTheScenes.proposalTitled("priya", "Phlebotomy for Clinic Assistants")
			.orElseThrow(() -> new AssertionError("no proposal was started: " + tasklist.notification()));
		assertThat(proposal.getBusinessKey()).matches("MC-\\d{4}-\\d{4}");
		behindTheScenes.waitingTask(proposal.getBusinessKey(), "assessConcept");
		Concept submitted = behindTheScenes.proposal(proposal.getBusinessKey()).currentConcept();
		assertThat(submitted.getInstructionalHours()).isEqualTo(40);
		assertThat(submitted.getDurationWeeks()).isEqualTo(6);
		assertThat(submitted.getDeliveryMode()).isEqualTo("blended");
		assertThat(submitted.getFacilitationModel()).isEqualTo("fullyFacilitated");
		assertThat(submitted.getAssessmentMethods()).containsExactly("demonstration", "practicalExam");
		assertThat(submitted.getProposedLaunch()).startsWith(DemoConcepts.LAUNCH);
		assertThat(submitted.getReviewFrequencyMonths()).isEqualTo(12);
		assertThat(submitted.isPartnerEndorses()).isTrue();
		assertThat(submitted.getCompetencies()).extracting(Competency::name).containsExactly(
				"Perform venipuncture on adults", "Label and handle specimens", "Apply infection prevention and control");
		assertThat(submitted.problems()).isEmpty();
	}

	@Test
	void requesterFindsTheReturnedConceptWithTheQuestionAndEverythingTheyTypedAndResubmits() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Venipuncture in Outreach Clinics"));
		behindTheScenes.complete(reference, "assessConcept", "colin",
				Map.of("decision", "moreInformation", "reason", "Which clinics committed placements?"));
		Task revise = behindTheScenes.waitingTask(reference, "reviseConcept");

		tasklist.signIn("priya").filter("My tasks");
		assertThat(tasklist.cardText(revise.getId())).contains("Revise concept");
		tasklist.screenshot("my-tasks");
		CamundaForm concept = tasklist.openTask(revise.getId(), "submitConcept");

		assertThat(concept.text()).contains(reference).contains("Assess concept asked: Which clinics committed placements?");
		assertThat(concept.valueOf("title")).isEqualTo("Venipuncture in Outreach Clinics");
		assertThat(concept.valueOf("evidenceOfDemand")).isEqualTo("Twelve partner hospitals report shortages of trained phlebotomists");
		assertThat(concept.valueOf("instructionalHours")).isEqualTo("40");
		assertThat(concept.valueOf("competency1")).isEqualTo("Perform venipuncture on adults");
		assertThat(concept.chosen("programType")).contains("new");
		assertThat(concept.chosen("facilitationModel")).contains("fullyFacilitated");
		assertThat(concept.selected("assessmentMethods")).containsExactly("demonstration", "practicalExam");
		assertThat(concept.displayed("deliveryMode")).isEqualTo("Blended");
		assertThat(concept.valueOf("proposedLaunch")).isEqualTo("9/1/2027");
		assertThat(concept.isChecked("partnerEndorses")).isTrue();
		tasklist.screenshot("revise-concept");

		concept.type("evidenceOfDemand", "Riverside and Lakeshore clinics committed 20 placements");
		tasklist.complete(revise.getId());

		behindTheScenes.waitingTask(reference, "assessConcept");
		Proposal proposal = behindTheScenes.proposal(reference);
		assertThat(proposal.getRevisions()).hasSize(2);
		assertThat(proposal.currentConcept().getEvidenceOfDemand())
			.isEqualTo("Riverside and Lakeshore clinics committed 20 placements");
		assertThat(proposal.currentConcept().getTitle()).isEqualTo("Venipuncture in Outreach Clinics");
		assertThat(proposal.currentConcept().getAssessmentMethods()).containsExactly("demonstration", "practicalExam");
		assertThat(proposal.currentConcept().getProposedLaunch()).startsWith(DemoConcepts.LAUNCH);
	}

	@Test
	void conceptWithTooManyHoursIsFlaggedOnTheFormAndOneThatBreaksARuleComesBackListingIt() {
		tasklist.signIn("priya");
		CamundaForm form = tasklist.startProcess("Micro-credential development", "submitConcept");
		ConceptTyping.fillIn(form, "Phlebotomy Residency").type("instructionalHours", 400).type("durationWeeks", 6);

		assertThat(form.waitForError("instructionalHours")).contains("300");
		assertThat(tasklist.startIsEnabled()).as("Start with an invalid field").isFalse();
		tasklist.screenshot(form.groupOf("instructionalHours"), "too-many-hours");
		tasklist.closeStartDialog();

		// what the form cannot check comes back from the server's rules, with everything the author typed
		Map<String, Object> notEndorsed = ConceptTyping.submitted("Phlebotomy Residency");
		notEndorsed.put("partnerEndorses", false);
		String reference = behindTheScenes.submit("priya", notEndorsed);
		Task revise = behindTheScenes.waitingTask(reference, "reviseConcept");

		tasklist.signIn("priya").filter("My tasks");
		CamundaForm concept = tasklist.openTask(revise.getId(), "submitConcept");
		assertThat(concept.text())
			.contains("Confirm that " + notEndorsed.get("industryPartner") + " endorses the micro-credential.");
		assertThat(concept.valueOf("instructionalHours")).isEqualTo("40");
		tasklist.screenshot("revise-concept-rules");

		concept.check("partnerEndorses", true).type("instructionalHours", 120);
		tasklist.complete(revise.getId());
		behindTheScenes.waitingTask(reference, "assessConcept");
		assertThat(behindTheScenes.proposal(reference).currentConcept().getInstructionalHours()).isEqualTo(120);
	}

	@Test
	void requesterWithdrawsTheirProposalFromTasklist() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Capillary Sampling"));

		tasklist.signIn("priya");
		CamundaForm withdrawal = tasklist.startProcess("Withdraw a micro-credential proposal", "requestWithdrawal");
		withdrawal.type("proposalReference", reference)
			.type("withdrawalReason", "The clinics chose the national certificate instead");
		tasklist.screenshot("withdraw");
		tasklist.start();

		assertThat(behindTheScenes.isRunning(reference)).isFalse();
		assertThat(behindTheScenes.proposal(reference).getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
	}

}
