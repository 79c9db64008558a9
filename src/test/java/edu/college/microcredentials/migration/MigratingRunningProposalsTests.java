package edu.college.microcredentials.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.audit.ProposalStories;
import edu.college.microcredentials.audit.ProposalStory;
import edu.college.microcredentials.process.BudgetReviewVersion;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.Redeployment;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.LifecycleEntry;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.Transition;

/**
 * An administrator deploys a second version of the development diagram with one more step, "Review budget", while
 * proposals run on the first: those continue unchanged, new ones take the new step, and once migrated the running
 * ones reach it too; the record and the auditors' story note the migration.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class MigratingRunningProposalsTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProcessMigration migration;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalStories stories;

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
	}

	@Test
	void runningProposalsKeepTheirVersionUntilMigratedThenReachTheNewStep() {
		TestUsers.create(identityService, "priya", "colin", "sarah", "adam", "ava", "demo");
		ProposalJourney journey = ProposalJourney.of(engine);
		String reviewedBefore = atFullProposal(journey);
		String writingAtMigration = atFullProposal(journey);
		ProcessDefinition first = latest();

		BudgetReviewVersion.deploy(repositoryService);
		ProcessDefinition second = latest();
		String startedOnSecond = atFullProposal(journey);
		journey.complete(startedOnSecond, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		journey.complete(reviewedBefore, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		assertThat(journey.openTask(startedOnSecond).getTaskDefinitionKey()).isEqualTo("reviewBudget");
		assertThat(journey.openTask(reviewedBefore).getTaskDefinitionKey()).as("still on the first version")
			.isEqualTo("reviewFullProposal");

		identityService.setAuthentication("demo", List.of(Role.PROCESS_ADMINISTRATORS.groupId()));
		MigrationPreview preview = migration.preview(first.getId(), second.getId());
		assertThat(preview.planProblems()).isEmpty();
		assertThat(preview.plan()).extracting(MigrationPreview.Mapping::sourceActivity)
			.contains("assessConcept", "writeFullProposal", "reviewFullProposal", "recordBoardDecision");
		assertThat(preview.moving()).extracting(MigrationPreview.Movable::reference)
			.containsExactlyInAnyOrder(reviewedBefore, writingAtMigration);
		assertThat(preview.staying()).isEmpty();

		MigrationResult result = migration.migrate(first.getId(), second.getId());

		assertThat(result.migrated()).containsExactlyInAnyOrder(reviewedBefore, writingAtMigration);
		assertThat(instanceOf(writingAtMigration).getProcessDefinitionId()).isEqualTo(second.getId());
		identityService.clearAuthentication();
		journey.complete(writingAtMigration, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		assertThat(journey.openTask(writingAtMigration).getTaskDefinitionKey()).isEqualTo("reviewBudget");
		assertThat(journey.openTask(reviewedBefore).getTaskDefinitionKey()).isEqualTo("reviewFullProposal");

		String moved = "Micro-credential development: version " + first.getVersion() + " (2026.12) to version "
				+ second.getVersion() + " (2026.12-budget)";
		assertThat(proposals.find(writingAtMigration).getLifecycle())
			.filteredOn(entry -> entry.getTransition() == Transition.MIGRATED_TO_VERSION)
			.extracting(LifecycleEntry::getActor, LifecycleEntry::getReason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("demo", moved));
		identityService.setAuthentication("demo", List.of(Role.PROCESS_ADMINISTRATORS.groupId()));
		ProposalStory story = stories.of(writingAtMigration);
		assertThat(story.events()).as("the auditors' story").anySatisfy(event -> {
			assertThat(event.kind()).isEqualTo(ProposalStory.EventKind.STATUS_CHANGED);
			assertThat(event.outcome()).isEqualTo("MIGRATED_TO_VERSION");
			assertThat(event.who()).isEqualTo("demo");
			assertThat(event.reason()).isEqualTo(moved);
		});
	}

	@Test
	void aProposalWaitingAtAStepTheTargetLacksStaysAndNothingIsMigratedWithoutAPlan() {
		TestUsers.create(identityService, "priya", "colin", "sarah", "adam", "ava", "demo");
		ProposalJourney journey = ProposalJourney.of(engine);
		BudgetReviewVersion.deploy(repositoryService);
		ProcessDefinition second = latest();
		Redeployment.ofTheRepository().deploy(repositoryService, "budget review taken out again");
		ProcessDefinition first = latest();
		String atBudget = atFullProposal(journey, second);
		journey.complete(atBudget, "writeFullProposal", "adam", DemoConcepts.fullProposal());

		identityService.setAuthentication("demo", List.of(Role.PROCESS_ADMINISTRATORS.groupId()));
		MigrationPreview back = migration.preview(second.getId(), first.getId());
		assertThat(back.planProblems()).isEmpty();
		assertThat(back.unmapped()).extracting(MigrationPreview.Unmapped::activity).containsExactly("reviewBudget");
		assertThat(back.staying()).singleElement().satisfies(staying -> {
			assertThat(staying.reference()).isEqualTo(atBudget);
			assertThat(staying.why()).isEqualTo("it waits at “Review budget”, which version " + first.getVersion()
					+ " does not have");
		});
		assertThatThrownBy(() -> migration.migrate(second.getId(), first.getId())).isInstanceOf(Refusal.class)
			.hasMessageContaining("Nothing was migrated");
		assertThat(instanceOf(atBudget).getProcessDefinitionId()).isEqualTo(second.getId());
		assertThat(proposals.find(atBudget).getLifecycle()).extracting(LifecycleEntry::getTransition)
			.doesNotContain(Transition.MIGRATED_TO_VERSION);

		String withdrawal = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.WITHDRAWAL)
			.latestVersion().singleResult().getId();
		assertThatThrownBy(() -> migration.preview(first.getId(), withdrawal)).isInstanceOf(Refusal.class)
			.hasMessageContaining("Pick two versions of the same diagram");
	}

	private String atFullProposal(ProposalJourney journey) {
		return atFullProposal(journey, latest());
	}

	private String atFullProposal(ProposalJourney journey, ProcessDefinition version) {
		String reference = journey.as("priya",
				() -> engine.getFormService().submitStartForm(version.getId(), DemoConcepts.venipuncture()))
			.getBusinessKey();
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		journey.complete(reference, "formAdvisoryTeam", "colin", new HashMap<>(Map.of("advisoryTeamLead", "adam",
				"advisoryTeamMembers", Spin.JSON(List.of("ava")), "resourcesRequested", false)));
		return reference;
	}

	private ProcessInstance instanceOf(String reference) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.processInstanceBusinessKey(reference).singleResult();
	}

	private ProcessDefinition latest() {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.latestVersion().singleResult();
	}

}
