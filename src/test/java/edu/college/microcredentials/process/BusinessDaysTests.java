package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Deadlines counted in the college's working days: weekends and holidays do not count. */
class BusinessDaysTests {

	static final ZoneId COLLEGE = ZoneId.of("America/Toronto");

	final BusinessDays noHolidays = new BusinessDays(Set.of(), COLLEGE);

	final BusinessDays christmasAndNewYear = new BusinessDays(
			Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")), COLLEGE);

	@Test
	void tenDaysFromAMondayEndOnTheMondayTwoWeeksLater() {
		assertThat(noHolidays.after(at("2026-11-02T09:30"), Duration.ofDays(10))).isEqualTo(at("2026-11-16T09:30"));
	}

	@Test
	void aDayFromAFridayIsTheMonday() {
		assertThat(noHolidays.after(at("2026-11-06T16:00"), Duration.ofDays(1))).isEqualTo(at("2026-11-09T16:00"));
	}

	@Test
	void aStepOpenedOnASaturdayCountsFromTheMonday() {
		assertThat(noHolidays.after(at("2026-11-07T11:00"), Duration.ofDays(1))).isEqualTo(at("2026-11-09T11:00"));
	}

	@Test
	void aHolidayDoesNotCount() {
		assertThat(christmasAndNewYear.after(at("2026-12-24T10:00"), Duration.ofDays(1)))
			.isEqualTo(at("2026-12-28T10:00"));
	}

	@Test
	void acrossTheYearEndBothHolidaysAndTheWeekendsAreSkipped() {
		// working days after Friday 18 December: 21-24, 28-31 December, 4-7 January, 8 January
		assertThat(christmasAndNewYear.after(at("2026-12-18T14:00"), Duration.ofDays(13)))
			.isEqualTo(at("2027-01-08T14:00"));
	}

	@Test
	void hoursBeyondWholeDaysAreAddedAsTheyAre() {
		assertThat(noHolidays.after(at("2026-11-06T09:00"), Duration.ofDays(1).plusHours(4)))
			.isEqualTo(at("2026-11-09T13:00"));
	}

	private static Instant at(String localTime) {
		return LocalDateTime.parse(localTime).atZone(COLLEGE).toInstant();
	}

}
