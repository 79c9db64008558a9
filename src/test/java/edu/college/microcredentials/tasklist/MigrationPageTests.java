package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import edu.college.microcredentials.process.BudgetReviewVersion;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.Redeployment;
import edu.college.microcredentials.proposal.Transition;

/**
 * A process administrator moves the running proposals of the development diagram's first version to the second,
 * which adds "Review budget", on the migration page: plan, proposals that would move, migrate, result.
 */
class MigrationPageTests extends StaffInTasklist {

	ApplicationPages pages;

	@BeforeAll
	void openPages() {
		pages = new ApplicationPages(browser, "http://localhost:" + port);
	}

	@Test
	void administratorSeesThePlanAndMigratesTheRunningProposalsToTheNewVersion() {
		String reference = behindTheScenes.submit("priya", DemoConcepts.venipuncture());
		behindTheScenes.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		behindTheScenes.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		behindTheScenes.complete(reference, "formAdvisoryTeam", "colin", new HashMap<>(Map.of("advisoryTeamLead",
				"adam", "advisoryTeamMembers", Spin.JSON(List.of("ava")), "resourcesRequested", false)));
		ProcessDefinition first = latest();
		BudgetReviewVersion.deploy(engine.getRepositoryService());
		ProcessDefinition second = latest();

		pages.signIn("demo").open("/admin/migration");
		new Select(browser.visible(By.id("source"))).selectByValue(first.getId());
		new Select(browser.visible(By.id("target"))).selectByValue(second.getId());
		pages.press("Show the plan");

		assertThat(pages.text()).contains("Proposals that would move").contains(reference)
			.contains("Write full proposal").contains("The plan");
		String migrate = browser.visible(By.cssSelector("form.migrate button")).getText();
		assertThat(migrate).startsWith("Migrate ").endsWith(" to version " + second.getVersion());
		pages.screenshot("migration-plan");
		pages.press(migrate);

		assertThat(pages.message()).contains("migrated").contains(reference);
		pages.screenshot("migration-result");
		behindTheScenes.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		assertThat(behindTheScenes.waitingTask(reference, "reviewBudget")).isNotNull();
		assertThat(behindTheScenes.proposal(reference).getLifecycle())
			.anySatisfy(entry -> assertThat(entry.getTransition()).isEqualTo(Transition.MIGRATED_TO_VERSION));

		// the budget review is taken out again: a proposal waiting there cannot move to that version
		Redeployment.ofTheRepository().deploy(engine.getRepositoryService(), "budget review taken out");
		ProcessDefinition third = latest();
		pages.open("/admin/migration?source=" + second.getId() + "&target=" + third.getId());
		assertThat(pages.text()).contains("What cannot be migrated").contains(reference)
			.contains("it waits at “Review budget”, which version " + third.getVersion() + " does not have");
		pages.screenshot("migration-cannot-move");
	}

	@Test
	void staffCannotOpenTheMigrationPage() {
		pages.signIn("colin");
		assertThat(pages.statusOf("/admin/migration")).isEqualTo(403);
	}

	private ProcessDefinition latest() {
		return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.latestVersion().singleResult();
	}

}
