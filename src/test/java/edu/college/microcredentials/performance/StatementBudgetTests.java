package edu.college.microcredentials.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import edu.college.microcredentials.performance.JourneyAgainstBareEngine.Statements;

/**
 * The journey's SQL budget: the statements a step of the approval journey sends, averaged over its seven steps, may
 * rise no more than 10% above the figure recorded in performance/statement-budget.properties for the database the
 * suite runs on. A change that needs more must say why and record the new figure; one that needs fewer records the
 * lower figure, so the budget follows the application down. The bare engine's figure is printed beside it.
 */
@SpringBootTest
@Import(StatementCounting.class)
class StatementBudgetTests {

	private static final double ALLOWED_RISE = 0.10;

	@Autowired
	ConfigurableApplicationContext application;

	@Autowired
	ProcessEngine engine;

	JourneyAgainstBareEngine comparison;

	@BeforeEach
	void warmUp() throws Exception {
		comparison = JourneyAgainstBareEngine.on(application);
		comparison.warmUp(1);
	}

	@AfterEach
	void closeBareEngine() {
		comparison.close();
	}

	@Test
	void aStepOfTheJourneySendsNoMoreStatementsThanItsBudget() throws Exception {
		comparison.journey(1, 2);
		comparison.bare(1, 2);
		Statements journey = comparison.statements(true);
		Statements bare = comparison.statements(false);
		String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
		double budget = Double.parseDouble(budget().getProperty(database + ".statements-per-completion"));
		Map.Entry<String, StatementCounter.Count> costliest = journey.byStep().entrySet().stream()
			.max(Comparator.comparingInt(step -> step.getValue().statements())).orElseThrow();
		String figures = "%s: the journey sends %.1f statements per completion (%.1f round trips), the bare engine %.1f; "
			.formatted(database, journey.perCompletion(), journey.roundTripsPerCompletion(), bare.perCompletion())
				+ "budget %.0f. Its costliest step, %s, sent:%n%s".formatted(budget, costliest.getKey(),
						costliest.getValue().breakdown());
		System.out.println(figures);

		assertThat(journey.perCompletion()).as("statements per completion rose more than 10%% above the budget. %s",
				figures).isLessThanOrEqualTo(budget * (1 + ALLOWED_RISE));
		assertThat(journey.perCompletion()).as("statements per completion fell more than 10%% below the budget: "
				+ "record the new figure in performance/statement-budget.properties. %s", figures)
			.isGreaterThanOrEqualTo(budget * (1 - ALLOWED_RISE));
	}

	private static Properties budget() throws IOException {
		Properties budget = new Properties();
		try (InputStream file = StatementBudgetTests.class.getResourceAsStream("/performance/statement-budget.properties")) {
			budget.load(file);
		}
		return budget;
	}

}
