package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With {@code approval.deadlines.business-days} a step opened on the Friday before the holidays is due after as many
 * working days as the table says: weekends, Christmas Day and New Year's Day do not count.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(properties = { "approval.deadlines.business-days=true",
		"approval.deadlines.holidays=2026-12-25,2027-01-01" })
class BusinessDayDeadlinesTests {

	@Autowired
	ProcessEngine engine;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void endorsementOpenedOnTheFridayBeforeChristmasIsDueFourteenWorkingDaysLater() {
		TestUsers.createAll(engine.getIdentityService());
		ProposalJourney journey = ProposalJourney.of(engine);
		ZonedDateTime friday = LocalDateTime.parse("2026-12-18T10:00").atZone(ZoneId.systemDefault());
		ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();

		Task assessment = journey.openTask(reference);
		// 28 working days from 21 December, without the weekends and the two holidays
		assertThat(day(assessment.getDueDate())).isEqualTo("2027-01-29");

		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		Task endorsement = journey.openTask(reference);

		assertThat(endorsement.getTaskDefinitionKey()).isEqualTo("endorseConcept");
		// 7 working days: 21-24, 28-30 December; 14: and 31 December, 4-8, 11 January
		assertThat(day(endorsement.getFollowUpDate())).isEqualTo("2026-12-30");
		assertThat(day(endorsement.getDueDate())).isEqualTo("2027-01-11");
		assertThat(endorsement.getDueDate()).isEqualTo(
				Date.from(LocalDateTime.parse("2027-01-11T10:00").atZone(ZoneId.systemDefault()).toInstant()));
	}

	private static String day(Date date) {
		return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString();
	}

}
