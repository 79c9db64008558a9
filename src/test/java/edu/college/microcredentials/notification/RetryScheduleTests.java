package edu.college.microcredentials.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTests {

	RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofHours(4)));

	@Test
	void eachFailedAttemptWaitsItsOwnTimeBeforeTheNext() {
		assertThat(schedule.waitAfter(1)).contains(Duration.ofMinutes(1));
		assertThat(schedule.waitAfter(2)).contains(Duration.ofMinutes(5));
		assertThat(schedule.waitAfter(3)).contains(Duration.ofHours(4));
	}

	@Test
	void afterTheLastWaitTheRetriesAreSpent() {
		assertThat(schedule.waitAfter(4)).isEmpty();
		assertThat(new RetrySchedule(List.of()).waitAfter(1)).isEmpty();
	}

}
