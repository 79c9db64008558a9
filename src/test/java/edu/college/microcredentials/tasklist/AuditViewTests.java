package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The auditors' view on a proposal's page: the diagram as deployed for the proposal, the path it took marked on it,
 * and every step with its times and people; refused to everyone else.
 */
class AuditViewTests extends StaffInTasklist {

	ApplicationPages pages;

	@BeforeAll
	void openPages() {
		pages = new ApplicationPages(browser, "http://localhost:" + port);
	}

	@Test
	void auditorSeesThePathTheProposalTookOnItsDiagramBesideItsSteps() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Point-of-Care Testing"));
		behindTheScenes.complete(reference, "assessConcept", "colin",
				Map.of("decision", "supported", "reason", "Clinics asked for it"));
		behindTheScenes.complete(reference, "endorseConcept", "sarah",
				Map.of("decision", "endorsed"));

		pages.signIn("aaron").open("/proposals/" + reference);

		assertThat(pages.markedOnTheDiagram("ran")).as("steps that ran, gateways and events included")
			.isGreaterThanOrEqualTo(8);
		assertThat(pages.markedOnTheDiagram("taken")).as("flows taken").isGreaterThanOrEqualTo(7);
		assertThat(pages.text()).contains("Audit view").contains("micro-credential-development, version")
			.contains("Assess concept").contains("Colin Martin").contains("Endorse concept").contains("Sarah Brown")
			.contains("Form advisory team");
		pages.screenshot("audit-view");
	}

	@Test
	void requesterSeesNoAuditViewAndItsDataIsRefused() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Glucose Monitoring"));

		pages.signIn("priya").open("/proposals/" + reference);

		assertThat(pages.text()).doesNotContain("Audit view");
		assertThat(pages.statusOf("/proposals/" + reference + "/audit/path")).isEqualTo(403);
		assertThat(pages.statusOf("/proposals/" + reference + "/audit/diagram.bpmn")).isEqualTo(403);
	}

	@Test
	void auditorReadsCockpitWithoutTheButtonsThatChangeThingsAndAnAdministratorKeepsThem() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Blood Culture Collection"));
		String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
			.singleResult().getId();
		String instancePage = "http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instance
				+ "/runtime";

		pages.signIn("aaron");
		browser.open(instancePage);
		browser.visible(By.xpath("//td[normalize-space()='proposalReference']"));

		browser.waitUntil("Cockpit to be read-only", driver -> !driver.findElements(By.cssSelector("html.college-read-only")).isEmpty());
		assertThat(visibleButtons("Delete running process instance", "Edit the variable", "Delete the variable"))
			.as("Cockpit offers the auditor nothing the engine would refuse").isZero();
		browser.screenshot("cockpit-for-auditors");

		pages.signIn("demo");
		browser.open(instancePage);
		browser.visible(By.xpath("//td[normalize-space()='proposalReference']"));
		assertThat(browser.driver().findElements(By.cssSelector("html.college-read-only"))).isEmpty();
		assertThat(visibleButtons("Delete running process instance", "Edit the variable")).isPositive();
	}

	private long visibleButtons(String... tooltips) {
		return browser.driver().findElements(By.cssSelector("[uib-tooltip]")).stream()
			.filter(button -> List.of(tooltips).contains(button.getDomAttribute("uib-tooltip")))
			.filter(button -> button.isDisplayed())
			.count();
	}

}
