package edu.college.microcredentials.process;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** The college's working days: Monday to Friday, except its holidays, in its time zone. */
record BusinessDays(Set<LocalDate> holidays, ZoneId zone) {

	BusinessDays {
		holidays = Set.copyOf(holidays);
	}

	/**
	 * The moment {@code duration} after {@code start} when each of its whole days is a working day (P10D is ten
	 * working days), at the same time of day; what is left over beyond whole days (PT4H) is added as it is.
	 */
	Instant after(Instant start, Duration duration) {
		ZonedDateTime end = start.atZone(zone);
		for (long days = duration.toDays(); days > 0;) {
			end = end.plusDays(1);
			if (isWorkingDay(end.toLocalDate())) {
				days--;
			}
		}
		return end.toInstant().plus(duration.minusDays(duration.toDays()));
	}

	boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

}
