package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

/**
 * Tasklist as the college's staff find it: the college's name in the header instead of Camunda's notice about its
 * product, no "Create task", a link to their proposals; each task card names its proposal, the search box finds a
 * task by the proposal's title or reference, and each form links to the proposal's page.
 */
class TasklistForTheCollegeTests extends StaffInTasklist {

	@Value("${approval.issuer.name}")
	String college;

	@Test
	void staffSeeTheCollegesNameAndTheirProposalsButNoCamunda8BannerAndNoCreateTask() {
		tasklist.signIn("colin");

		assertThat(tasklist.brandName()).isEqualTo(college + " Tasklist");
		assertThat(tasklist.camundaBannerShown()).isFalse();
		assertThat(tasklist.headerActions()).anyMatch(action -> action.contains("Start process"))
			.anyMatch(action -> action.contains("My proposals"))
			.noneMatch(action -> action.contains("Create task"));
		assertThat(tasklist.myProposalsAddress()).isEqualTo("http://localhost:" + port + "/proposals");
		tasklist.screenshot(browser.visible(By.cssSelector("[cam-widget-header]")), "header");
	}

	@Test
	void aTaskCardNamesItsProposalAndTheSearchFindsItByTitleOrReference() {
		String wanted = behindTheScenes.submit("priya", ConceptTyping.submitted("Wound Care for Home Support Workers"));
		String other = behindTheScenes.submit("priya", ConceptTyping.submitted("Medication Safety Basics"));
		Task assess = behindTheScenes.waitingTask(wanted, "assessConcept");

		tasklist.signIn("colin").filter("My group's tasks");
		assertThat(tasklist.cardText(assess.getId())).contains("Assess concept", wanted,
				"Wound Care for Home Support Workers");

		tasklist.search("Wound Care");
		assertThat(tasklist.cardNames()).containsExactly(
				"Assess concept \u00b7 " + wanted + " \u00b7 Wound Care for Home Support Workers");
		tasklist.screenshot("search-by-title");

		tasklist.signIn("colin").filter("My group's tasks").search(other);
		assertThat(tasklist.cardNames()).singleElement().asString().contains(other, "Medication Safety Basics");
	}

	@Test
	void everyFormLinksToItsProposalsPage() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Suturing for Nurse Practitioners"));
		Task assess = behindTheScenes.waitingTask(reference, "assessConcept");

		tasklist.signIn("colin").filter("My group's tasks");
		CamundaForm form = tasklist.openTask(assess.getId(), "assessConcept");
		WebElement link = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a[normalize-space(.)=\"Open the proposal's page\"]"));
		assertThat(link.getDomAttribute("href")).isEqualTo("/proposals/" + reference);
		assertThat(link.isDisplayed() && link.isEnabled()).isTrue();
		assertThat(form.text()).contains("Open the proposal's page for its stages, decisions and documents.")
			.doesNotContain("{{", "loop");
		tasklist.screenshot("proposal-link");
	}

}
