package edu.college.microcredentials.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each decision step is followed up (a reminder to the people it is offered to) and due (an escalation), from
 * the moment the step is created: one table, {@code approval.deadlines.steps} in application.yml, keyed by the
 * step's id in the diagram, with ISO 8601 durations. A step an administrator adds in Modeler gets deadlines by adding
 * its id here. With {@code business-days} a day of a duration is a working day (Monday to Friday, not one of
 * {@code holidays}); without it, calendar time.
 */
@ConfigurationProperties("approval.deadlines")
public record DecisionDeadlines(Map<String, Deadline> steps, boolean businessDays, List<LocalDate> holidays) {

	public DecisionDeadlines {
		steps = steps == null ? Map.of() : Map.copyOf(steps);
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
	}

	/** A step's follow-up (reminder) and due (escalation) durations. */
	public record Deadline(Duration followUp, Duration due) {
	}

	public Optional<Deadline> of(String step) {
		return Optional.ofNullable(steps.get(step));
	}

	/** When a deadline {@code duration} from {@code start} falls: in working days or calendar time, as configured. */
	public Instant after(Instant start, Duration duration) {
		return businessDays ? new BusinessDays(Set.copyOf(holidays), ZoneId.systemDefault()).after(start, duration)
				: start.plus(duration);
	}

}
