package edu.college.microcredentials.register;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.register.Pipeline.Stage;

/**
 * When a concept is submitted, its assessment form lists the published credential that is nearly the same first, with
 * the words that matched, so the Continuing Education team need not take the author's word for "none in the region".
 */
@DirtiesContext
@SpringBootTest
class SimilarCredentialsTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProposalService proposals;

	@Test
	void theAssessmentFormListsThePublishedCredentialNearlyTheSameAsTheConceptFirst() {
		TestUsers.createAll(engine.getIdentityService());
		Pipeline.make(proposals, 24);
		String published = Pipeline.make(proposals, Concept.builder().title("Venipuncture Techniques for Adults")
			.programArea("Laboratory Sciences").purpose("Upskill practising assistants in safe blood collection")
			.competency("Perform venipuncture on adults", null).competency("Label and handle specimens", null)
			.learningOutcomes("Collect blood safely; label specimens correctly").build(), "paul", Stage.PUBLISHED);
		ProposalJourney journey = ProposalJourney.of(engine);

		String reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();

		Task assessment = journey.openTask(reference);
		assertThat(assessment.getTaskDefinitionKey()).isEqualTo("assessConcept");
		SpinJsonNode found = (SpinJsonNode) engine.getTaskService().getVariableLocal(assessment.getId(),
				"similarFound");
		assertThat(found.elements()).isNotEmpty();
		SpinJsonNode first = found.elements().get(0);
		assertThat(first.prop("reference").stringValue()).isEqualTo(published);
		assertThat(first.prop("status").stringValue()).startsWith("published");
		assertThat(first.prop("why").stringValue()).contains("title: venipuncture, techniques")
			.contains("competencies:");
		assertThat((String) engine.getTaskService().getVariableLocal(assessment.getId(), "similarFoundSummary"))
			.contains("most similar first");
		assertThat(found.elements()).extracting(row -> row.prop("reference").stringValue()).doesNotContain(reference);
	}

}
