package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.LifecycleEntry;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;
import edu.college.microcredentials.proposal.Transition;

/** Every path of {@code credential-periodic-review.bpmn}: one review cycle of a published micro-credential. */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@Import(CredentialPeriodicReviewProcessTest.Coverage.class)
class CredentialPeriodicReviewProcessTest {

	@TestConfiguration
	@Import({ ProcessTestConfiguration.class, RecordedProposalEvents.class })
	static class Coverage {

		@Bean
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return ProcessTestConfiguration.completeCoverageExcluding(ProcessKeys.DEVELOPMENT,
					ProcessKeys.WITHDRAWAL);
		}

	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProposalService proposals;

	@Autowired
	RecordedProposalEvents events;

	ZonedDateTime published;

	@BeforeEach
	void setUp() {
		init(engine);
		TestUsers.create(identityService, "priya", "colin");
		published = ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
		ClockUtil.setCurrentTime(Date.from(published.toInstant()));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void reviewIsDueAfterTheCredentialsReviewFrequency() {
		ProcessInstance cycle = startCycle(6);

		assertThat(cycle).isWaitingAt("reviewDue");
		assertThat(job("reviewDue", cycle).getDuedate()).isEqualTo(Date.from(published.plusMonths(6).toInstant()));
	}

	@Test
	void credentialContinuesAndTheNextReviewIsScheduled() {
		ProcessInstance cycle = reviewDue(startCycle(12));

		complete(cycle, "reviewCredential", "colin", Map.of("decision", "continue"));

		assertThat(cycle).isEnded().hasPassed("scheduleNextReview", "reviewCycleCompleted");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PERIODIC_REVIEW)
			.processInstanceBusinessKey(cycle.getBusinessKey()).active().count()).isEqualTo(1);
		assertThat(proposals.find(cycle.getBusinessKey()).getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(events.of(cycle.getBusinessKey())).endsWith("ReviewOpened", "StepReached", "Decided",
				"NextReviewScheduled");
	}

	@Test
	void credentialIsUnderReviewUntilTheReviewIsDecided() {
		ProcessInstance cycle = reviewDue(startCycle(12));

		Proposal record = proposals.find(cycle.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.UNDER_REVIEW);
		assertThat(record.getStage()).isEqualTo("Review credential");
	}

	@Test
	void cancelledReviewCycleLeavesTheCredentialPublished() {
		ProcessInstance cycle = reviewDue(startCycle(12));

		runtimeService.deleteProcessInstance(cycle.getId(), "Reviewed with the program instead", true);

		Proposal record = proposals.find(cycle.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(record.getLifecycle()).last().extracting(LifecycleEntry::getTransition, LifecycleEntry::getReason)
			.containsExactly(Transition.REVIEW_CANCELLED, "Reviewed with the program instead");
	}

	@Test
	void credentialIsRevisedByItsAuthor() {
		ProcessInstance cycle = reviewDue(startCycle(12));

		complete(cycle, "reviewCredential", "colin",
				Map.of("decision", "revise", "reason", "Update to the 2027 infection control guideline"));
		assertThat(task(cycle)).hasDefinitionKey("reviseCredential").isAssignedTo("priya");
		complete(cycle, "reviseCredential", "priya", Map.of("changesMade", "Module 3 rewritten for the 2027 guideline"));

		assertThat(cycle).isEnded().hasPassed("reviseCredential", "scheduleNextReview", "reviewCycleCompleted");
		assertThat(proposals.find(cycle.getBusinessKey()).getDecisions()).extracting(Decision::getOutcome)
			.containsExactly("revise", "changed");
		assertThat(events.of(cycle.getBusinessKey(), ProposalEvent.RevisedAfterReview.class)).singleElement()
			.satisfies(revised -> {
				assertThat(revised.by()).isEqualTo("priya");
				assertThat(revised.changes()).isEqualTo("Module 3 rewritten for the 2027 guideline");
			});
	}

	@Test
	void credentialIsRetired() {
		ProcessInstance cycle = reviewDue(startCycle(12));

		complete(cycle, "reviewCredential", "colin",
				Map.of("decision", "retire", "reason", "Replaced by the national certificate"));

		assertThat(cycle).isEnded().hasPassed("retireCredential", "credentialRetired");
		Proposal record = proposals.find(cycle.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.RETIRED);
		assertThat(record.getLifecycle()).last().extracting(LifecycleEntry::getActor, LifecycleEntry::getReason)
			.containsExactly("colin", "Replaced by the national certificate");
		assertThat(events.of(cycle.getBusinessKey())).last().isEqualTo("Retired");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle.getBusinessKey())
			.count()).isZero();
	}

	private ProcessInstance startCycle(int reviewFrequencyMonths) {
		Concept concept = Concept.builder().title("IV Insertion").programArea("Nursing")
			.competency("Insert peripheral IV", null).instructionalHours(30).durationWeeks(4).build();
		String reference = proposals.register(concept, "priya").getReference();
		proposals.approve(reference, "bella");
		proposals.publish(reference);
		return runtimeService.startProcessInstanceByKey(ProcessKeys.PERIODIC_REVIEW, reference,
				Variables.createVariables().putValue(ProcessVariables.PROPOSAL_REFERENCE, reference)
					.putValue(ProcessVariables.AUTHOR, "priya")
					.putValue(ProcessVariables.REVIEW_FREQUENCY_MONTHS, reviewFrequencyMonths));
	}

	private ProcessInstance reviewDue(ProcessInstance cycle) {
		ClockUtil.setCurrentTime(Date.from(published.plusMonths(12).plusDays(1).toInstant()));
		execute(job("reviewDue", cycle));
		assertThat(task(cycle)).hasDefinitionKey("reviewCredential").hasCandidateGroup("continuingEducation");
		return cycle;
	}

	private void complete(ProcessInstance cycle, String taskKey, String user, Map<String, Object> form) {
		ProposalJourney.of(engine).complete(cycle.getBusinessKey(), taskKey, user, form);
	}

}
