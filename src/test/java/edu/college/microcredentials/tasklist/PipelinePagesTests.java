package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import edu.college.microcredentials.register.Pipeline;
import edu.college.microcredentials.register.Pipeline.Made;
import edu.college.microcredentials.register.Pipeline.Stage;

/**
 * The register, the dashboard and the meeting packs as the CE team, the SMT, the Board secretary and an author see
 * them, in Chromium, over the demo proposals and forty more at every stage.
 */
class PipelinePagesTests extends StaffInTasklist {

	ApplicationPages pages;

	List<Made> pipeline;

	@BeforeAll
	void openPagesOverAPipeline() {
		pages = new ApplicationPages(browser, "http://localhost:" + port);
		pipeline = Pipeline.make(proposals, 40);
	}

	@Test
	void ceTeamFindsProposalsByAWordAndNarrowsThemToTheOverdue() {
		pages.signIn("colin").open("/register?q=welding");

		List<String> titles = rows().stream().map(row -> row.findElement(By.xpath("td[2]")).getText()).toList();
		assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title).startsWith("Welding"));
		pages.screenshot("register");

		pages.open("/register?overdue=true&order=DUE");
		List<String> overdue = rows().stream().map(row -> row.findElement(By.xpath("td[1]")).getText()).toList();
		assertThat(overdue).as("the demo's overdue proposal and the pipeline's")
			.containsAll(pipeline.stream().filter(made -> made.stage() == Stage.ASSESSING_OVERDUE)
				.map(Made::reference).toList());
		assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).contains("(overdue)"));
	}

	@Test
	void authorSeesOnlyTheirOwnProposalsAndNoDashboard() {
		pages.signIn("paul").open("/register");

		assertThat(rows()).isNotEmpty();
		List<String> mine = pipeline.stream().filter(made -> made.author().equals("paul")).map(Made::reference)
			.toList();
		assertThat(rows()).allSatisfy(row -> assertThat(mine).contains(row.findElement(By.xpath("td[1]")).getText()));
		assertThat(pages.text()).doesNotContain("Venipuncture");
		assertThat(browser.driver().findElements(By.linkText("Dashboard"))).isEmpty();
		assertThat(pages.statusOf("/register/dashboard")).isEqualTo(403);
		assertThat(pages.statusOf("/register/packs/board?date=2027-01-14")).isEqualTo(403);
	}

	@Test
	void seniorManagementSeesThePipelineInChartsThatLeadToTheProposals() {
		pages.signIn("sarah").open("/register/dashboard");

		browser.waitUntil("the charts to be drawn", driver -> (Boolean) browser.script(
				"return document.querySelectorAll('canvas').length > 0 && Array.from(document.querySelectorAll('canvas'))"
						+ ".every(c => window.Chart && Chart.getChart(c));"));
		assertThat(pages.text()).contains("Proposals per stage").contains("Overdue now")
			.contains("Days from submission to the Board").contains("Decisions per month");
		pages.screenshot("dashboard");

		browser.click(By.cssSelector("a.tile.alarm"));
		browser.visible(By.id("found"));
		assertThat(rows()).isNotEmpty();
	}

	@Test
	void boardSecretaryOpensTheBoardsPack() {
		pages.signIn("bella").open("/register/packs");
		assertThat(pages.text()).contains("Board of Governors");

		pages.open("/register/packs/board?date=2027-01-14");

		pipeline.stream().filter(made -> made.stage() == Stage.AT_BOARD)
			.forEach(made -> assertThat(browser.visible(By.tagName("body")).getText()).contains(made.reference()));
		browser.screenshot("page-pack-board");
	}

	@Test
	void proposalPageShowsTheSimilarCredentialsFound() {
		Made first = pipeline.get(0);
		pages.signIn("colin").open("/proposals/" + first.reference());

		assertThat(pages.text()).contains("Similar credentials found");
		assertThat(browser.driver().findElements(By.cssSelector("ol.similar li"))).isNotEmpty();
		browser.scrollTo(browser.visible(By.id("similar")));
		pages.screenshot("similar-credentials");
	}

	private List<WebElement> rows() {
		return browser.driver().findElements(By.cssSelector("table.register tbody tr"));
	}

}
