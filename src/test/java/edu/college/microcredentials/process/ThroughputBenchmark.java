package edu.college.microcredentials.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The benchmark behind docs/performance.md; skipped in the normal build. Run it with
 * {@code ./mvnw test -Dtest=ThroughputBenchmark -Dbenchmark=true} (add {@code -Dspring.profiles.active=postgres}
 * for PostgreSQL). It times what people wait for, through the same Java API Tasklist's REST calls reach, and writes
 * the percentiles to target/benchmark.txt. It asserts nothing about time: the numbers are read, not enforced.
 */
@DirtiesContext
@SpringBootTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ThroughputBenchmark {

	static final int PROPOSALS = Integer.getInteger("benchmark.proposals", 200);

	@Autowired
	ProcessEngine engine;

	@Autowired
	FilterService filterService;

	@Autowired
	IdentityService identityService;

	@Test
	void measure() throws IOException {
		TestUsers.createAll(identityService);
		ProposalJourney journey = ProposalJourney.of(engine);
		List<Long> submit = new ArrayList<>();
		List<Long> decide = new ArrayList<>();
		List<Long> wholeJourney = new ArrayList<>();
		List<Long> groupTasks = new ArrayList<>();
		for (int i = 0; i < PROPOSALS; i++) {
			long start = System.nanoTime();
			String proposal = timed(submit, () -> journey.submit("priya", DemoConcepts.venipuncture())).getBusinessKey();
			if (i % 2 == 0) {
				continue; // half stay open at the CE team, so the task lists fill up
			}
			timed(decide, () -> journey.complete(proposal, "assessConcept", "colin", Map.of("decision", "supported")));
			timed(decide, () -> journey.complete(proposal, "endorseConcept", "sarah", Map.of("decision", "endorsed")));
			timed(decide, () -> journey.complete(proposal, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam()));
			timed(decide, () -> journey.complete(proposal, "writeFullProposal", "adam", DemoConcepts.fullProposal()));
			timed(decide, () -> journey.complete(proposal, "reviewFullProposal", "sarah", Map.of("decision", "endorsed")));
			timed(decide, () -> journey.complete(proposal, "recordBoardDecision", "bella",
					Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-1")));
			wholeJourney.add(System.nanoTime() - start);
		}
		String filterId = filterService.createFilterQuery().filterName("My group's tasks").singleResult().getId();
		for (int i = 0; i < 50; i++) {
			timed(groupTasks, () -> journey.as("colin", () -> filterService.listPage(filterId, 0, 15)));
		}
		String report = "proposals: " + PROPOSALS + "\n" + line("submit concept (start form)", submit)
				+ line("complete a task (submit-form)", decide) + line("whole journey to publication", wholeJourney)
				+ line("\"My group's tasks\", first page, " + PROPOSALS / 2 + " open", groupTasks);
		Files.writeString(Path.of("target/benchmark.txt"), report);
		System.out.println(report);
	}

	private static void timed(List<Long> times, Runnable work) {
		timed(times, () -> {
			work.run();
			return null;
		});
	}

	private static <T> T timed(List<Long> times, Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		times.add(System.nanoTime() - start);
		return result;
	}

	private static String line(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return "%-52s n=%4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n".formatted(what, sorted.size(),
				percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
	}

}
