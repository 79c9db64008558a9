package edu.college.microcredentials.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long a failed delivery waits before its next try: one wait per retry, then it has failed for good. */
record RetrySchedule(List<Duration> waits) {

	RetrySchedule {
		waits = List.copyOf(waits);
	}

	/** The wait after the given number of failed attempts, or empty when the retries are spent. */
	Optional<Duration> waitAfter(int failedAttempts) {
		return failedAttempts >= 1 && failedAttempts <= waits.size() ? Optional.of(waits.get(failedAttempts - 1))
				: Optional.empty();
	}

}
