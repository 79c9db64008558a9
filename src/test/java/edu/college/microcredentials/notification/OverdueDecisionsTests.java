package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.DecisionDeadlines;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.EveryStep;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Every decision step carries a due date and a follow-up date from the deadlines table; when the engine's clock
 * passes them the people it is offered to are reminded, then the lateness is escalated, each once, and not before.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class OverdueDecisionsTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	DecisionDeadlines deadlines;

	@Autowired
	OverdueDecisions overdueDecisions;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	LockProvider sweepLocks;

	ProposalJourney journey;

	@BeforeEach
	void setUp() {
		TestUsers.createAll(engine.getIdentityService());
		journey = ProposalJourney.of(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyDecisionStepIsDueAndFollowedUpAsTheTableSays() {
		EveryStep.walk(engine, (task, formId, user) -> deadlines.of(task.getTaskDefinitionKey()).ifPresent(deadline -> {
			assertThat(task.getDueDate()).as(task.getTaskDefinitionKey()).isNotNull();
			assertThat(between(task.getCreateTime(), task.getDueDate())).as(task.getTaskDefinitionKey())
				.isCloseTo(deadline.due().toMillis(), within(1000L));
			assertThat(between(task.getCreateTime(), task.getFollowUpDate())).as(task.getTaskDefinitionKey())
				.isCloseTo(deadline.followUp().toMillis(), within(1000L));
		}));
	}

	@Test
	void theSeniorManagementTeamIsRemindedAfterAWeekAndTheLatenessEscalatedAfterTwoNotBefore() {
		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		Task endorsement = journey.openTask(reference);
		Instant followUp = endorsement.getFollowUpDate().toInstant();
		Instant due = endorsement.getDueDate().toInstant();
		assertThat(Duration.between(endorsement.getCreateTime().toInstant(), followUp)).isCloseTo(Duration.ofDays(7),
				Duration.ofSeconds(1));

		at(followUp.minusSeconds(60));
		assertThat(about(reference)).isEmpty();

		at(followUp.plusSeconds(60));
		at(followUp.plus(Duration.ofDays(1)));
		assertThat(about(reference)).extracting(Notification::getRecipients, Notification::getSubject)
			.containsExactly(tuple("group:seniorManagement", "[" + reference + "] Reminder: \u201cEndorse concept\u201d is due on "
					+ LocalDate.ofInstant(due, ZoneId.systemDefault())));

		at(due.plus(Duration.ofHours(3)));
		at(due.plus(Duration.ofHours(4)));
		assertThat(about(reference)).hasSize(2).last().satisfies(escalation -> {
			assertThat(escalation.getSubject()).isEqualTo("[" + reference + "] Overdue by 3 hours: \u201cEndorse concept\u201d");
			assertThat(escalation.getRecipients()).isEqualTo("group:seniorManagement");
		});
	}

	@Test
	void theAssessmentIsLeftToTheTimersItsDiagramDraws() {
		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		Instant opened = journey.openTask(reference).getCreateTime().toInstant();

		at(opened.plus(Duration.ofDays(30)));

		assertThat(about(reference)).isEmpty();
	}

	@Test
	void whileAnotherNodeRunsTheCheckThisOneSkipsItSoNobodyIsRemindedTwice() {
		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		Instant followUp = journey.openTask(reference).getFollowUpDate().toInstant();
		SimpleLock otherNode = sweepLocks.lock(new LockConfiguration(Instant.now(), "overdueDecisions",
				Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();

		at(followUp.plusSeconds(60));
		assertThat(about(reference)).as("the other node is reminding").isEmpty();

		otherNode.unlock();
		at(followUp.plusSeconds(120));
		at(followUp.plusSeconds(180));
		assertThat(about(reference)).hasSize(1);
	}

	/** Moves the engine's clock and lets the check run, as its schedule would. */
	private void at(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
		overdueDecisions.remindAndEscalate();
	}

	/** The reminders and escalations about the proposal, oldest first. */
	private List<Notification> about(String reference) {
		return notifications.findByProposalReferenceOrderByIdAsc(reference).stream()
			.filter(notification -> notification.getSubject().contains("Reminder")
					|| notification.getSubject().contains("Overdue"))
			.toList();
	}

	private static long between(Date from, Date to) {
		return to.getTime() - from.getTime();
	}

}
