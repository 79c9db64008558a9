package edu.college.microcredentials.process;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.Condition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process tests record coverage (reports in target/process-test-coverage) and fail unless every flow node and
 * sequence flow of the diagrams under test was passed. Each process test class imports this and declares the
 * coverage properties naming the diagrams it does not test (those its paths merely start).
 */
@TestConfiguration
public class ProcessTestConfiguration {

	static final Condition<Double> COMPLETE = new Condition<>(coverage -> coverage >= 1.0, "every element covered");

	@Bean
	AbstractCamundaConfiguration processCoverageEngineConfiguration() {
		return new AbstractCamundaConfiguration() {
			@Override
			public void preInit(SpringProcessEngineConfiguration configuration) {
				ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
			}
		};
	}

	public static ProcessEngineCoverageProperties completeCoverageExcluding(String... processDefinitionKeys) {
		return new ProcessEngineCoverageProperties(true, false, List.of(processDefinitionKeys), List.of(COMPLETE),
				Map.of(), List.of(), "target/process-test-coverage");
	}

}
