package edu.college.microcredentials.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The summary finds decisions by the id of the step that took them: those ids must stay in the diagram. */
class ProposalSummaryTests {

	@Test
	void everyStepTheSummaryQuotesIsAUserTaskOfTheDevelopmentDiagram() {
		assertThat(Bpmn.readModelFromFile(Path.of("processes", "micro-credential-development.bpmn").toFile())
			.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
			.containsAll(ProposalSummary.QUOTED_STEPS);
	}

}
