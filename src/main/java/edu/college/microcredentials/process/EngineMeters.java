package edu.college.microcredentials.process;

import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.security.WithoutAuthorization;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What monitoring sees of the engine (at {@code /actuator/metrics}, process administrators only), read from the
 * database each time it is asked, so every node reports the whole cluster's state: {@code approval.jobs.due}, jobs
 * whose time has come and that no node has run yet (a backlog growing means the job executors do not keep up, or
 * none is running); {@code approval.jobs.failed}, jobs whose retries are spent, each an incident an administrator must
 * look at; {@code approval.incidents.open}, every open incident.
 */
@Component
class EngineMeters {

	EngineMeters(MeterRegistry meters, ProcessEngine engine) {
		gauge(meters, engine, "approval.jobs.due", "Jobs due now that no node has run yet",
				management -> management.createJobQuery().executable().count());
		gauge(meters, engine, "approval.jobs.failed", "Jobs whose retries are spent",
				management -> management.createJobQuery().noRetriesLeft().count());
		gauge(meters, engine, "approval.incidents.open", "Open incidents",
				management -> engine.getRuntimeService().createIncidentQuery().count());
	}

	private static void gauge(MeterRegistry meters, ProcessEngine engine, String name, String description,
			Function<ManagementService, Long> count) {
		// whoever asks, the count is of everything: monitoring is not one person's view of the engine
		Gauge.builder(name, () -> WithoutAuthorization.read(engine, () -> count.apply(engine.getManagementService())))
			.description(description)
			.register(meters);
	}

}
