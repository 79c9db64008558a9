package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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

}
