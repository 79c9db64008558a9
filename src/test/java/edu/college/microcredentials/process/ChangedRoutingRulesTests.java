package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An administrator changes a routing rule in Modeler ({@code processes/review-routing.dmn}): from now on, every
 * micro-credential of 30 hours or more is quality-reviewed. The diagram calls the table deployed with it
 * ({@code decisionRefBinding="deployment"}), so proposals already running keep the rules they started with.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class ChangedRoutingRulesTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
	}

	@Test
	void newProposalsFollowTheChangedTableAndRunningOnesKeepTheirVersion() {
		TestUsers.create(identityService, "priya", "colin", "sarah", "adam", "ava");
		ProposalJourney journey = ProposalJourney.of(engine);
		ProcessInstance running = journey.submit("priya", DemoConcepts.venipuncture());

		Redeployment changed = Redeployment.ofTheRepository();
		String table = changed.text("processes/review-routing.dmn");
		assertThat(table).contains("&gt;= 270");
		changed.with("processes/review-routing.dmn", table.replace("&gt;= 270", "&gt;= 30")
			.replace("close to the 300-hour limit", "30 hours or more"))
			.deploy(repositoryService, "routing rule changed in Modeler");
		ProcessInstance started = journey.submit("priya", DemoConcepts.venipuncture());
		assertThat(started.getProcessDefinitionId()).isNotEqualTo(running.getProcessDefinitionId());

		for (ProcessInstance proposal : List.of(running, started)) {
			journey.complete(proposal.getBusinessKey(), "assessConcept", "colin", Map.of("decision", "supported"));
			journey.complete(proposal.getBusinessKey(), "endorseConcept", "sarah", Map.of("decision", "endorsed"));
			Map<String, Object> team = new HashMap<>(Map.of("advisoryTeamLead", "adam", "advisoryTeamMembers",
					Spin.JSON(List.of("ava")), "resourcesRequested", false));
			journey.complete(proposal.getBusinessKey(), "formAdvisoryTeam", "colin", team);
		}

		assertThat(journey.openTask(running.getBusinessKey()).getTaskDefinitionKey())
			.as("40 hours: no review under the rules it started with").isEqualTo("writeFullProposal");
		assertThat(journey.openTask(started.getBusinessKey()).getTaskDefinitionKey())
			.as("40 hours: reviewed under the changed rules").isEqualTo("reviewCurriculumQuality");
		assertThat(runtimeService.getVariable(started.getId(), ProcessVariables.QUALITY_REVIEW_REASONS)).asList()
			.containsExactly("Its instructional hours are 30 hours or more.");
	}

}
