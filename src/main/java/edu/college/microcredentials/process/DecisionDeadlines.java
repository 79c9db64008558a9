package edu.college.microcredentials.process;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each decision step is followed up (a reminder to the people it is offered to) and due (an escalation), from
 * the moment the step is created: one table, {@code approval.deadlines.steps} in application.yml, keyed by the
 * step's id in the diagram, with ISO 8601 durations. A step an administrator adds in Modeler gets deadlines by adding
 * its id here.
 */
@ConfigurationProperties("approval.deadlines")
public record DecisionDeadlines(Map<String, Deadline> steps) {

	public DecisionDeadlines {
		steps = steps == null ? Map.of() : Map.copyOf(steps);
	}

	/** A step's follow-up (reminder) and due (escalation) durations. */
	public record Deadline(Duration followUp, Duration due) {
	}

	public Optional<Deadline> of(String step) {
		return Optional.ofNullable(steps.get(step));
	}

}
