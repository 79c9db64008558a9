package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;


import edu.college.microcredentials.audit.ChainVerification;
import edu.college.microcredentials.notification.NotificationRepository;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.LifecycleEntry;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;
import edu.college.microcredentials.proposal.QualityFinding;
import edu.college.microcredentials.proposal.Transition;

/**
 * Every path of {@code micro-credential-development.bpmn} (and the withdrawal diagram), with the real delegates,
 * forms and database. People: priya submits, colin is on the CE team, sarah on SMT, quinn reviews quality, bella is
 * the Board secretary, adam and ava form the advisory team.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@Import(MicroCredentialDevelopmentProcessTest.Coverage.class)
class MicroCredentialDevelopmentProcessTest {

	@TestConfiguration
	@Import({ ProcessTestConfiguration.class, RecordedProposalEvents.class })
	static class Coverage {

		@Bean
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return ProcessTestConfiguration.completeCoverageExcluding(ProcessKeys.PERIODIC_REVIEW);
		}

	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProposalService proposals;

	@Autowired
	ChainVerification recordChains;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	RecordedProposalEvents events;

	ProposalJourney journey;

	@BeforeEach
	void setUp() {
		init(engine);
		journey = ProposalJourney.of(engine);
		TestUsers.create(identityService, "priya", "paul", "colin", "sarah", "quinn", "bella", "adam", "ava");
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void newConceptTravelsFromSubmissionToPublication() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		assertThat(proposal).isWaitingAt("assessConcept");
		assertThat(proposal.getBusinessKey()).matches("MC-\\d{4}-\\d{4}");
		assertThat(task(proposal)).hasCandidateGroup("continuingEducation");
		String title = (String) DemoConcepts.venipuncture().get("title");
		assertThat(task(proposal).getName()).as("Tasklist's card and its search by name")
			.isEqualTo("Assess concept \u00b7 " + proposal.getBusinessKey() + " \u00b7 " + title);
		assertThat(task(proposal).getDescription()).isEqualTo(proposal.getBusinessKey() + " \u00b7 " + title);

		decide(proposal, "assessConcept", "colin", "supported");
		assertThat(task(proposal)).hasDefinitionKey("endorseConcept").hasCandidateGroup("seniorManagement");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, false);
		
		writeFullProposal(proposal);
		assertThat(summaryOf(task(proposal)).prop("qualityReview").stringValue()).startsWith("Not needed");
		assertThat(summaryOf(task(proposal)).prop("resourcesCommitment").stringValue())
			.isEqualTo("Nothing was asked of the requesting area.");
		decide(proposal, "reviewFullProposal", "sarah", "endorsed");
		assertThat(task(proposal)).hasCandidateGroup("boardSecretary");
		recordBoardDecision(proposal, "approved", null);

		assertThat(proposal).isEnded().hasPassed("publishCredential", "scheduleNextReview", "credentialPublished");
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(record.getStage()).isEqualTo("Published");
		assertThat(record.getDecisions()).extracting(Decision::getStageName).as("steps as the diagram names them")
			.startsWith("Assess concept", "Endorse concept", "Form advisory team");
		assertThat(record.getDecisions()).extracting(Decision::getStage, Decision::getOutcome, Decision::getDecidedBy)
			.containsExactly(tuple("assessConcept", "supported", "colin"), tuple("endorseConcept", "endorsed", "sarah"),
					tuple("formAdvisoryTeam", "formed", "colin"), tuple("writeFullProposal", "submitted", "adam"),
					tuple("reviewFullProposal", "endorsed", "sarah"), tuple("recordBoardDecision", "approved", "bella"));
		assertThat(record.getLifecycle()).extracting(LifecycleEntry::getToStatus).endsWith(ProposalStatus.APPROVED,
				ProposalStatus.PUBLISHED, ProposalStatus.PUBLISHED);
		assertThat(events.of(proposal.getBusinessKey())).as("each transition's event, as other modules receive them")
			.containsExactly("Submitted", "StepReached", "Decided", "StepReached", "Decided", "StepReached",
					"AdvisoryTeamFormed", "Decided", "StepReached", "FullProposalWritten", "Decided", "StepReached",
					"Decided", "StepReached", "Decided", "Approved", "Published", "NextReviewScheduled");
		assertThat(events.of(proposal.getBusinessKey(), ProposalEvent.StepReached.class))
			.extracting(ProposalEvent.StepReached::step).containsExactly("assessConcept", "endorseConcept",
					"formAdvisoryTeam", "writeFullProposal", "reviewFullProposal", "recordBoardDecision");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PERIODIC_REVIEW)
			.processInstanceBusinessKey(proposal.getBusinessKey()).singleResult()).isNotNull();
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(proposal.getId())
			.list().stream().filter(variable -> variable.getTaskId() == null && !"DELETED".equals(variable.getState()))
			.map(variable -> variable.getName()))
			.as("only the reference and routing facts stay in the process; the concept is on the record")
			.containsExactlyInAnyOrder("proposalReference", "author", "conversion", "instructionalHours",
					"durationWeeks", "reviewFrequencyMonths", "conceptValid", "decision", "advisoryTeam",
					"resourcesRequested", "qualityReviewReasons");
	}

	@Test
	void convertedProgramPassesTheQualityReviewAfterChanges() {
		ProcessInstance proposal = submit(DemoConcepts.convertedContrastInjection());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, true);
		assertThat(task(proposal)).hasDefinitionKey("confirmResources").isAssignedTo("priya");
		decide(proposal, "confirmResources", "priya", "confirmed");
		assertThat(task(proposal)).hasDefinitionKey("reviewCurriculumQuality").hasCandidateGroup("qualityReviewers");
		assertThat(summaryOf(task(proposal)).prop("findings").fieldNames()).as("nothing found before the first review")
			.isEmpty();

		reviewQualityFindingBias(proposal);
		Task findings = task(proposal);
		assertThat(findings).hasDefinitionKey("addressQualityFindings").hasCandidateUser("adam").hasCandidateUser("ava");
		assertThat(summaryOf(findings).prop("findings").prop("freeOfBias").prop("finding").stringValue())
			.isEqualTo("Case studies only show adult patients of one background");
		complete(proposal, "addressQualityFindings", "adam", Map.of("freeOfBiasResponse",
				"Added case studies of children and older adults of several backgrounds", "learningOutcomes",
				"Learners inject contrast safely for patients of every age and background"));

		SpinJsonNode secondReview = summaryOf(task(proposal));
		assertThat(task(proposal)).hasDefinitionKey("reviewCurriculumQuality");
		assertThat(secondReview.prop("findings").prop("freeOfBias").prop("finding").stringValue())
			.isEqualTo("Case studies only show adult patients of one background");
		assertThat(secondReview.prop("findings").prop("freeOfBias").prop("response").stringValue())
			.isEqualTo("Added case studies of children and older adults of several backgrounds");
		assertThat(secondReview.prop("findings").fieldNames()).containsExactly("freeOfBias");
		assertThat(secondReview.prop("revisionLabel").stringValue()).isEqualTo("2, revised by the advisory team");
		assertThat(secondReview.prop("learningOutcomes").stringValue()).startsWith("Learners inject contrast safely");
		complete(proposal, "reviewCurriculumQuality", "quinn", EveryStep.qualityChecklist("met"));

		assertThat(proposal).hasPassed("confirmResources", "addressQualityFindings").isWaitingAt("writeFullProposal");
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getRevisions()).extracting(Concept::getRevision, Concept::getSubmittedBy,
				Concept::isRevisedByAdvisoryTeam)
			.containsExactly(tuple(1, "priya", false), tuple(2, "adam", true));
		assertThat(record.currentConcept().getLearningOutcomes()).startsWith("Learners inject contrast safely");
		assertThat(record.currentConcept().getTitle()).isEqualTo(record.getRevisions().get(0).getTitle());
		assertThat(record.getDecisions()).extracting(Decision::getStage, Decision::getOutcome, Decision::getRevision)
			.endsWith(tuple("reviewCurriculumQuality", "changesNeeded", 1), tuple("addressQualityFindings", "changed", 2),
					tuple("reviewCurriculumQuality", "compliant", 2));
		assertThat(record.getDecisions().get(record.getDecisions().size() - 3).getFindings()).containsExactly(
				new QualityFinding("freeOfBias", "Content free of bias",
						"Case studies only show adult patients of one background",
						"Added case studies of children and older adults of several backgrounds"));
		assertThat(record.openQualityFindings()).isEmpty();
		assertThat(runtimeService.getVariables(proposal.getId())).as("the answers are on the record, not in the process")
			.doesNotContainKeys("freeOfBiasResponse", "freeOfBias", "freeOfBiasComment", "learningOutcomes");
		assertThat(recordChains.verify().brokenLinks()).as("answers added to the review's findings leave it sealed")
			.isEmpty();
	}

	@Test
	void seniorManagementAndTheBoardSeeTheWholeDossier() {
		ProcessInstance proposal = submit(DemoConcepts.convertedContrastInjection());
		decide(proposal, "assessConcept", "colin", "supported", "Strong demand from the imaging departments");
		decide(proposal, "endorseConcept", "sarah", "endorsed", "Fits the imaging strategy");
		formAdvisoryTeam(proposal, true);
		decide(proposal, "confirmResources", "priya", "confirmed");
		reviewQualityFindingBias(proposal);
		complete(proposal, "addressQualityFindings", "adam",
				Map.of("freeOfBiasResponse", "Added case studies of children and older adults of several backgrounds"));
		complete(proposal, "reviewCurriculumQuality", "quinn", EveryStep.qualityChecklist("met"));
		writeFullProposal(proposal);

		SpinJsonNode smt = summaryOf(task(proposal));
		assertThat(task(proposal)).hasDefinitionKey("reviewFullProposal");
		assertThat(smt.prop("title").stringValue()).isEqualTo("Contrast Injection for Radiological Technologists");
		assertThat(smt.prop("revisionLabel").stringValue()).isEqualTo("2, revised by the advisory team");
		assertThat(smt.prop("programTypeLabel").stringValue())
			.isEqualTo("Conversion of Medical Radiation Sciences, contrast media module");
		assertThat(smt.prop("similarCredentials").stringValue()).isEqualTo("None in the region");
		assertThat(smt.prop("impactOnExistingPrograms").stringValue()).isEqualTo("Complements the MLA diploma; no overlap");
		assertThat(smt.prop("proposedLaunch").stringValue()).isEqualTo(FormText.literal(DemoConcepts.LAUNCH));
		assertThat(smt.prop("stackable").stringValue()).isEqualTo("no");
		assertThat(smt.prop("pathway").stringValue()).isEqualTo("—");
		assertThat(smt.prop("assessment").stringValue()).startsWith("**Supported** by colin on ")
			.contains(", revision 1").endsWith("*Reason:* Strong demand from the imaging departments");
		assertThat(smt.prop("endorsement").stringValue()).startsWith("**Endorsed** by sarah on ")
			.endsWith("*Reason:* Fits the imaging strategy");
		assertThat(smt.prop("advisoryTeam").stringValue()).isEqualTo("adam (lead), ava");
		assertThat(smt.prop("resourcesCommitment").stringValue())
			.startsWith("**Asked of the requesting area:** Two days a month of a lab technologist")
			.contains("**Confirmed** by priya on ");
		assertThat(smt.prop("developmentPlan").stringValue()).isEqualTo("Design in winter, pilot with 12 learners in spring");
		assertThat(smt.prop("resourcePlan").stringValue())
			.isEqualTo(FormText.literal("Faculty lead 0.2 FTE; lab technologist 2 days a month"));
		assertThat(smt.prop("badgeDescription").stringValue())
			.isEqualTo("Holders perform the procedure safely and document it");
		assertThat(smt.prop("badgeCriteria").stringValue())
			.isEqualTo("Pass the observed practical demonstration and the portfolio review");
		assertThat(smt.prop("qualityReview").stringValue()).contains(
				"Review 1: **Changes needed** by quinn on ",
				"- **Content free of bias:** Case studies only show adult patients of one background",
				"  - *Advisory team's response:* Added case studies of children and older adults of several backgrounds",
				"Review 2: **Compliant** by quinn on ", ", revision 2 — every criterion met");

		decide(proposal, "reviewFullProposal", "sarah", "endorsed", "Ready for the Board");
		SpinJsonNode board = summaryOf(task(proposal));
		assertThat(task(proposal)).hasDefinitionKey("recordBoardDecision");
		assertThat(board.prop("fullProposalReview").stringValue()).startsWith("**Endorsed** by sarah on ")
			.contains(", revision 2").endsWith("*Reason:* Ready for the Board");
		assertThat(board.prop("badgeCriteria").stringValue())
			.isEqualTo("Pass the observed practical demonstration and the portfolio review");
		assertThat(board.prop("qualityReview").stringValue()).isEqualTo(smt.prop("qualityReview").stringValue());
	}

	@Test
	void advisoryTeamRevisionThatBreaksTheRulesOrLeavesAFindingUnansweredIsRefusedWithNothingChanged() {
		ProcessInstance proposal = submit(DemoConcepts.convertedContrastInjection());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, false);
		reviewQualityFindingBias(proposal);
		Task findings = task(proposal);
		int decisions = proposals.find(proposal.getBusinessKey()).getDecisions().size();

		assertThatThrownBy(() -> complete(proposal, "addressQualityFindings", "adam",
				Map.of("learningOutcomes", "Learners inject contrast safely")))
			.hasMessageContaining("Answer every finding of the quality review; missing: Content free of bias.");
		assertThatThrownBy(() -> complete(proposal, "addressQualityFindings", "adam",
				Map.of("freeOfBiasResponse", "Longer, with more case studies", "instructionalHours", 1000)))
			.hasMessageContaining("\u2018Instructional hours\u2019 must be a whole number from 5 to 300 (given: 1000).");

		assertThat(task(proposal).getId()).isEqualTo(findings.getId());
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getRevisions()).hasSize(1);
		assertThat(record.currentConcept().getInstructionalHours()).isEqualTo(40);
		assertThat(record.getDecisions()).hasSize(decisions);
		assertThat(record.openQualityFindings()).extracting(QualityFinding::criterion).containsExactly("freeOfBias");
	}

	@Test
	void conceptBreakingTheRulesGoesBackToItsAuthorWithEveryProblem() {
		ProcessInstance proposal = submit(DemoConcepts.breakingTheRules());

		assertThat(proposal).isWaitingAt("reviseConcept");
		Task revise = task(proposal);
		assertThat(revise).isAssignedTo("priya");
		Map<String, Object> form = formService.getTaskFormVariables(revise.getId());
		assertThat((String) form.get("revisionRequest")).contains(FormText.literal("Multiple choice alone is not enough"))
			.contains(FormText.literal("The proposed launch date 2020-01-01 has passed")).contains("at least one competency")
			.contains("industry or employment partner");
		assertThat(form).containsEntry("instructionalHours", 40).containsEntry("partnerEndorses", false)
			.containsEntry("title", "Venipuncture Techniques").containsEntry("proposedLaunch", "2020-01-01");

		complete(proposal, "reviseConcept", "priya", DemoConcepts.venipuncture());
		assertThat(proposal).isWaitingAt("assessConcept");
		assertThat(proposals.find(proposal.getBusinessKey()).getRevisions()).hasSize(2);
	}

	@Test
	void assessorsAskForMoreInformationAndAssessTheRevisedConcept() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "moreInformation", "Which hospitals committed placements?");

		Task revise = task(proposal);
		assertThat(revise).hasDefinitionKey("reviseConcept");
		assertThat(taskService.getVariableLocal(revise.getId(), "revisionRequest"))
			.isEqualTo(FormText.literal("Assess concept asked: Which hospitals committed placements?"));
		Map<String, Object> revised = DemoConcepts.venipuncture();
		revised.put("evidenceOfDemand", "Toronto General and Mount Sinai committed 20 placements");
		complete(proposal, "reviseConcept", "priya", revised);

		assertThat(proposal).isWaitingAt("assessConcept");
		assertThat(proposals.find(proposal.getBusinessKey()).currentConcept().getEvidenceOfDemand())
			.startsWith("Toronto General and Mount Sinai");
	}

	@Test
	void assessorsDoNotSupportTheConcept() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "notSupported", "Overlaps the existing phlebotomy certificate");

		assertThat(proposal).isEnded().hasPassed("conceptNotSupported");
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(record.lastDecision()).get().extracting(Decision::getReason)
			.isEqualTo("Overlaps the existing phlebotomy certificate");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(proposal.getBusinessKey()))
			.last().satisfies(notification -> {
				assertThat(notification.getSubject()).endsWith("Concept not supported");
				assertThat(notification.getRecipients()).isEqualTo("user:priya");
			});
	}

	@Test
	void seniorManagementAsksForMoreInformation() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "moreInformation", "What does it cost the lab?");

		assertThat(proposal).isWaitingAt("reviseConcept");
		complete(proposal, "reviseConcept", "priya", DemoConcepts.venipuncture());
		assertThat(proposal).isWaitingAt("assessConcept");
	}

	@Test
	void seniorManagementDoesNotEndorseTheConcept() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "notEndorsed", "Not a strategic priority this year");

		assertThat(proposal).isEnded().hasPassed("conceptNotEndorsed");
	}

	@Test
	void requestingAreaCannotCommitTheResources() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, true);
		decide(proposal, "confirmResources", "priya", "declined", "No faculty time before 2028");

		assertThat(proposal).isEnded().hasPassed("resourcesDeclined");
		assertThat(proposals.find(proposal.getBusinessKey()).getStatus()).isEqualTo(ProposalStatus.DECLINED);
	}

	@Test
	void seniorManagementReturnsTheFullProposalThenRejectsIt() {
		ProcessInstance proposal = atFullProposalReview();
		decide(proposal, "reviewFullProposal", "sarah", "revise", "Add a pilot cohort to the plan");

		Task rewrite = task(proposal);
		assertThat(rewrite).hasDefinitionKey("writeFullProposal");
		assertThat(taskService.getVariableLocal(rewrite.getId(), "revisionRequest"))
			.isEqualTo("Add a pilot cohort to the plan");
		writeFullProposal(proposal);
		decide(proposal, "reviewFullProposal", "sarah", "rejected", "Budget not available");

		assertThat(proposal).isEnded().hasPassed("proposalRejected");
	}

	@Test
	void boardDefersThenRejects() {
		ProcessInstance proposal = atFullProposalReview();
		decide(proposal, "reviewFullProposal", "sarah", "endorsed");
		recordBoardDecision(proposal, "deferred", "Waiting for the budget cycle");
		assertThat(proposal).isWaitingAt("recordBoardDecision");
		recordBoardDecision(proposal, "rejected", "Not funded");

		assertThat(proposal).isEnded().hasPassed("proposalRejectedByBoard");
		Decision board = proposals.find(proposal.getBusinessKey()).lastDecision().orElseThrow();
		assertThat(board.getDetails()).contains("\"motionNumber\":\"BoG-2027-14\"")
			.contains("\"meetingDate\":\"2027-03-18\"");
	}

	@Test
	void assessmentIsRemindedAtTwoWeeksAndEscalatedAtFourWeeks() {
		Date submitted = new Date();
		ClockUtil.setCurrentTime(submitted);
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		Task assessment = task(proposal);
		assertThat(assessment.getFollowUpDate()).isEqualTo(after(submitted, Duration.ofDays(14)));
		assertThat(assessment.getDueDate()).isEqualTo(after(submitted, Duration.ofDays(28)));

		ClockUtil.setCurrentTime(after(submitted, Duration.ofDays(15)));
		execute(job("assessmentReminderDue", proposal));
		assertThat(proposal).hasPassed("remindAssessors", "assessorsReminded").isWaitingAt("assessConcept");

		ClockUtil.setCurrentTime(after(submitted, Duration.ofDays(29)));
		execute(job("assessmentOverdue", proposal));
		assertThat(proposal).hasPassed("escalateOverdueAssessment", "assessmentEscalated").isWaitingAt("assessConcept");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(proposal.getBusinessKey()))
			.extracting(n -> n.getSubject())
			.contains("[" + proposal.getBusinessKey() + "] Reminder: concept assessment due",
					"[" + proposal.getBusinessKey() + "] Overdue: concept assessment");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(proposal.getBusinessKey()))
			.filteredOn(n -> n.getSubject().contains("concept assessment"))
			.as("both link to the assessment").extracting(n -> n.getTaskId()).containsOnly(assessment.getId());
		assertThat(task(proposal).getId()).isEqualTo(assessment.getId());
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getStatus()).as("reminders end a branch, not the proposal").isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(record.getStage()).isEqualTo("Assess concept");
	}

	@Test
	void authorWithdrawsBeforeTheBoardDecides() {
		ProcessInstance proposal = atFullProposalReview();

		ProcessInstance withdrawal = requestWithdrawal("priya", proposal.getBusinessKey(), "Partner left the project");

		assertThat(withdrawal).isEnded().hasPassed("withdrawProposal", "withdrawalDone");
		assertThat(proposal).isEnded().hasPassed("withdrawalRequested", "recordWithdrawal", "proposalWithdrawn");
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(record.lastDecision()).get().extracting(Decision::getOutcome, Decision::getReason)
			.containsExactly("withdrawn", "Partner left the project");
		assertThat(record.getLifecycle()).last().extracting(LifecycleEntry::getTransition, LifecycleEntry::getActor)
			.containsExactly(Transition.WITHDRAWN_BY_AUTHOR, "priya");
	}

	@Test
	void onlyTheAuthorCanWithdrawAndOnlyBeforeTheBoardDecides() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());

		assertThatThrownBy(() -> requestWithdrawal("paul", proposal.getBusinessKey(), "Not mine"))
			.hasMessageContaining("Only the author of " + proposal.getBusinessKey() + " (priya) can withdraw it.");
		assertThatThrownBy(() -> requestWithdrawal("priya", "MC-1999-0001", "Typo"))
			.hasMessageContaining("There is no micro-credential proposal with the reference 'MC-1999-0001'.");
		assertThat(proposal).isWaitingAt("assessConcept");

		decide(proposal, "assessConcept", "colin", "notSupported", "Out of scope");
		assertThatThrownBy(() -> requestWithdrawal("priya", proposal.getBusinessKey(), "Too late"))
			.hasMessageContaining(proposal.getBusinessKey() + " can no longer be withdrawn: it is declined");
	}

	@Test
	void revisionThatTurnsANewCredentialIntoAConversionIsQualityReviewed() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "moreInformation", "Is this not the phlebotomy certificate?");
		Map<String, Object> conversion = DemoConcepts.venipuncture();
		conversion.put("programType", "conversion");
		conversion.put("existingProgram", "Phlebotomy Certificate");
		conversion.put("reviewFrequencyMonths", 24);
		complete(proposal, "reviseConcept", "priya", conversion);

		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, false);

		assertThat(proposal).isWaitingAt("reviewCurriculumQuality");
		assertThat(runtimeService.getVariable(proposal.getId(), "reviewFrequencyMonths")).isEqualTo(24);
		complete(proposal, "reviewCurriculumQuality", "quinn", EveryStep.qualityChecklist("met"));
		assertThat(proposal).hasPassed("reviewCurriculumQuality", "readyForFullProposal").isWaitingAt("writeFullProposal");
		assertThat(events.of(proposal.getBusinessKey())).containsSubsequence("ReturnedForRevision", "Revised");
	}

	@Test
	void newCredentialCloseToTheHourLimitIsQualityReviewedForThatReason() {
		Map<String, Object> concept = DemoConcepts.venipuncture();
		concept.put("instructionalHours", 280);
		concept.put("durationWeeks", 10);
		ProcessInstance proposal = submit(concept);
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, false);

		assertThat(proposal).hasPassed("decideReviews").isWaitingAt("reviewCurriculumQuality");
		assertThat(runtimeService.getVariable(proposal.getId(), ProcessVariables.QUALITY_REVIEW_REASONS))
			.asList()
			.containsExactly("Its instructional hours are close to the 300-hour limit.",
					"Its delivery is close to the 11-week limit.");
	}

	@Test
	void administratorCancelsTheProposalInCockpit() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		identityService.setAuthentication("demo", List.of("camunda-admin"));
		try {
			// Cockpit's "Cancel" skips custom listeners by default; the record is told all the same
			runtimeService.deleteProcessInstance(proposal.getId(), "Submitted twice, see MC-2026-0002", true);
		}
		finally {
			identityService.clearAuthentication();
		}

		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.CANCELLED);
		assertThat(record.getLifecycle()).last().satisfies(entry -> {
			assertThat(entry.getTransition()).isEqualTo(Transition.CANCELLED_BY_ADMINISTRATOR);
			assertThat(entry.getActor()).isEqualTo("demo");
			assertThat(entry.getReason()).isEqualTo("Submitted twice, see MC-2026-0002");
		});
		assertThat(events.of(proposal.getBusinessKey())).last().isEqualTo("Cancelled");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(proposal.getBusinessKey())).last()
			.extracting(n -> n.getSubject()).isEqualTo("[" + proposal.getBusinessKey() + "] Proposal cancelled");
	}

	@Test
	void decisionWithoutItsReasonIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		Task assessment = task(proposal);

		assertThatThrownBy(() -> decide(proposal, "assessConcept", "colin", "moreInformation"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Give a reason for the decision 'More information needed");
		assertThatThrownBy(() -> decide(proposal, "assessConcept", "colin", "maybe"))
			.hasMessageContaining("\u2018Decision\u2019 must be one of: supported, notSupported, moreInformation (given: maybe).");

		assertThat(proposal).isWaitingAt("assessConcept");
		assertThat(task(proposal).getId()).isEqualTo(assessment.getId());
		assertThat(proposals.find(proposal.getBusinessKey()).getDecisions()).isEmpty();
	}

	@Test
	void markupSomeoneTypedReachesTheNextDecidersFormAsText() {
		String fakeApproval = "**APPROVED BY SMT** <button>Approve</button> [click here](https://evil.example)";
		String linkAndImage = "<a href=\"https://evil.example\">Guidance</a> ![x](https://evil.example/t.png)";
		Map<String, Object> concept = DemoConcepts.venipuncture();
		concept.put("title", fakeApproval);
		concept.put("purpose", linkAndImage);
		ProcessInstance proposal = submit(concept);
		decide(proposal, "assessConcept", "colin", "supported", linkAndImage);

		SpinJsonNode summary = summaryOf(task(proposal));
		assertThat(summary.prop("title").stringValue()).isEqualTo(FormText.literal(fakeApproval));
		assertThat(summary.prop("purpose").stringValue()).isEqualTo(FormText.literal(linkAndImage));
		assertThat(summary.prop("assessment").stringValue()).as("the summary's own markup stays")
			.startsWith("**Supported** by colin on ").endsWith("*Reason:* " + FormText.literal(linkAndImage));
		summary.fieldNames().forEach(field -> assertThat(summary.prop(field).toString()).as(field)
			.doesNotContain("<", "](", "**APPROVED", "https://"));
	}

	@Test
	void positiveDecisionKeepsTheReasonItsDeciderGave() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported", "Twelve hospitals are waiting for it");

		Task endorsement = task(proposal);
		assertThat(endorsement).hasDefinitionKey("endorseConcept");
		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.lastDecision()).get().extracting(Decision::getOutcome, Decision::getReason)
			.containsExactly("supported", "Twelve hospitals are waiting for it");
		assertThat(record.getLifecycle()).filteredOn(entry -> entry.getTransition() == Transition.DECIDED)
			.extracting(LifecycleEntry::getReason).containsExactly("Twelve hospitals are waiting for it");
		assertThat(summaryOf(endorsement).prop("assessment").stringValue())
			.endsWith("*Reason:* Twelve hospitals are waiting for it");
		assertThat(taskService.getVariableLocal(endorsement.getId(), "revisionRequest"))
			.as("a reason for going ahead asks nobody to revise (and the endorsement's form shows no request)").isNull();
		assertThat(runtimeService.getVariables(proposal.getId())).doesNotContainKey("reason");
	}

	@Test
	void boardDecisionNeedsItsMeetingDateAndMotionNumber() {
		ProcessInstance proposal = atFullProposalReview();
		decide(proposal, "reviewFullProposal", "sarah", "endorsed");

		assertThatThrownBy(() -> complete(proposal, "recordBoardDecision", "bella", Map.of("decision", "approved")))
			.hasMessageContaining("'Board meeting date' is required.");
		assertThatThrownBy(() -> complete(proposal, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "next Tuesday", "motionNumber", "14")))
			.hasMessageContaining("\u2018Board meeting date\u2019 must be a date like 2027-03-18 (given: next Tuesday).");
		assertThat(proposal).isWaitingAt("recordBoardDecision");
	}

	@Test
	void advisoryTeamIsPickedFromTheStaffDirectory() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");

		assertThatThrownBy(() -> complete(proposal, "formAdvisoryTeam", "colin",
				Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers", Spin.JSON(List.of("ava", "nobody")),
						"resourcesRequested", false)))
			.hasMessageContaining("\u2018Members\u2019 must be chosen from the list the form offers (given: nobody).");
		assertThat(proposal).isWaitingAt("formAdvisoryTeam");
	}

	@Test
	void conceptsSubmittedAtTheSameMomentGetDifferentReferences() throws Exception {
		submit(DemoConcepts.venipuncture());

		assertThat(submittedAtTheSameMoment(4, 5)).hasSize(20).doesNotHaveDuplicates();
	}

	@Test
	void theFirstConceptsOfANewYearSubmittedAtTheSameMomentAllGetAReference() throws Exception {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2031, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));

		List<String> references = submittedAtTheSameMoment(4, 1);

		assertThat(references).as("nobody is told to try again because someone else was first")
			.containsExactlyInAnyOrder("MC-2031-0001", "MC-2031-0002", "MC-2031-0003", "MC-2031-0004");
	}

	/** The references of {@code requesters} people each submitting {@code each} concepts, all starting together. */
	private List<String> submittedAtTheSameMoment(int requesters, int each) throws Exception {
		ExecutorService browsers = Executors.newFixedThreadPool(requesters);
		try {
			CountDownLatch ready = new CountDownLatch(requesters);
			List<Future<List<String>>> submissions = new ArrayList<>();
			for (int i = 0; i < requesters; i++) {
				submissions.add(browsers.submit(() -> {
					ready.countDown();
					ready.await();
					List<String> references = new ArrayList<>();
					for (int j = 0; j < each; j++) {
						references.add(submit(DemoConcepts.ivInsertion()).getBusinessKey());
					}
					return references;
				}));
			}
			List<String> references = new ArrayList<>();
			for (Future<List<String>> submission : submissions) {
				references.addAll(submission.get(60, TimeUnit.SECONDS));
			}
			return references;
		}
		finally {
			browsers.shutdownNow();
		}
	}

	// --- the steps, as people take them in Tasklist

	private ProcessInstance submit(Map<String, Object> concept) {
		return journey.submit("priya", concept);
	}

	private ProcessInstance requestWithdrawal(String user, String reference, String reason) {
		return journey.start(user, ProcessKeys.WITHDRAWAL,
				Map.of("proposalReference", reference, "withdrawalReason", reason));
	}

	private void decide(ProcessInstance proposal, String taskKey, String user, String decision) {
		complete(proposal, taskKey, user, Map.of("decision", decision));
	}

	private void decide(ProcessInstance proposal, String taskKey, String user, String decision, String reason) {
		complete(proposal, taskKey, user, Map.of("decision", decision, "reason", reason));
	}

	private void complete(ProcessInstance proposal, String taskKey, String user, Map<String, Object> form) {
		journey.complete(proposal.getBusinessKey(), taskKey, user, form);
	}

	private void formAdvisoryTeam(ProcessInstance proposal, boolean resourcesRequested) {
		Map<String, Object> form = new HashMap<>(Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers", Spin.JSON(List.of("ava")),
				"resourcesRequested", resourcesRequested));
		if (resourcesRequested) {
			form.put("resourceRequest", "Two days a month of a lab technologist");
		}
		complete(proposal, "formAdvisoryTeam", "colin", form);
	}

	private void writeFullProposal(ProcessInstance proposal) {
		complete(proposal, "writeFullProposal", "adam", DemoConcepts.fullProposal());
	}

	private void recordBoardDecision(ProcessInstance proposal, String decision, String reason) {
		Map<String, Object> form = new HashMap<>(
				Map.of("decision", decision, "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));
		if (reason != null) {
			form.put("reason", reason);
		}
		complete(proposal, "recordBoardDecision", "bella", form);
	}

	private ProcessInstance atFullProposalReview() {
		ProcessInstance proposal = submit(DemoConcepts.venipuncture());
		decide(proposal, "assessConcept", "colin", "supported");
		decide(proposal, "endorseConcept", "sarah", "endorsed");
		formAdvisoryTeam(proposal, false);
		writeFullProposal(proposal);
		assertThat(proposal).isWaitingAt("reviewFullProposal");
		return proposal;
	}

	/** The quality reviewer finds one criterion not met: the case studies are biased. */
	private void reviewQualityFindingBias(ProcessInstance proposal) {
		Map<String, Object> checklist = EveryStep.qualityChecklist("met");
		checklist.put("freeOfBias", "notMet");
		checklist.put("freeOfBiasComment", "Case studies only show adult patients of one background");
		complete(proposal, "reviewCurriculumQuality", "quinn", checklist);
	}

	/** What the task's form shows as {@code {{proposal.*}}}. */
	private SpinJsonNode summaryOf(Task task) {
		return (SpinJsonNode) taskService.getVariableLocal(task.getId(), "proposal");
	}

	private static Date after(Date start, Duration duration) {
		return new Date(start.getTime() + duration.toMillis());
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
