package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import edu.college.microcredentials.process.DemoConcepts;

/**
 * Staff following proposals on the application's pages, signed in once for those pages and Tasklist: the author
 * finds a concept they just submitted, a reviewer compares two revisions, documents are added and downloaded (and
 * disguised or oversized ones refused), a colleague is refused someone else's proposal, and signing out anywhere
 * signs out everywhere.
 */
class FollowingProposalsTests extends StaffInTasklist {

	ApplicationPages pages;

	@BeforeAll
	void openPages() {
		pages = new ApplicationPages(browser, "http://localhost:" + port);
	}

	@Test
	void authorSubmitsInTasklistThenFindsTheNewReferenceOnMyProposalsWithoutSigningInAgain() {
		tasklist.signIn("priya");
		ConceptTyping.fillIn(tasklist.startProcess("Micro-credential development", "submitConcept"),
				"Wound Care Essentials");
		tasklist.start();
		String reference = behindTheScenes.proposalTitled("priya", "Wound Care Essentials")
			.orElseThrow(() -> new AssertionError("no proposal was started: " + tasklist.notification()))
			.getBusinessKey();

		pages.open("/proposals");

		assertThat(pages.rowOf(reference).getText()).contains("Wound Care Essentials").contains("Assess concept")
			.contains("Continuing Education").contains("None yet").contains("Nothing for you now");
		pages.screenshot("my-proposals");
		pages.follow(reference);
		assertThat(pages.heading()).isEqualTo(reference + " Wound Care Essentials");
		assertThat(pages.text()).contains("in progress at Assess concept").contains("proposed by Priya Patel")
			.contains("Continuing Education team").contains("No decision yet").contains("Submitted · Concept submitted");
		pages.screenshot("proposal");
	}

	@Test
	void reviewerComparesTwoRevisionsAndSeesWhatChanged() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Sterile Processing Basics"));
		behindTheScenes.complete(reference, "assessConcept", "colin",
				Map.of("decision", "moreInformation", "reason", "Which clinics committed placements?"));
		Map<String, Object> revised = ConceptTyping.submitted("Sterile Processing Basics");
		revised.put("evidenceOfDemand", "Riverside and Lakeshore clinics committed 20 placements");
		revised.put("instructionalHours", 36);
		behindTheScenes.complete(reference, "reviseConcept", "priya", revised);

		pages.signIn("colin").open("/proposals/" + reference);
		assertThat(pages.text()).contains("More information").contains("Which clinics committed placements?")
			.contains("Open your task in Tasklist");
		pages.compare(1, 2);

		assertThat(pages.heading()).isEqualTo("Revision 1 and revision 2 of " + reference);
		assertThat(pages.changedFields()).containsExactly("Evidence of demand", "Instructional hours");
		assertThat(pages.text()).contains("2 of 25 fields changed")
			.contains("Twelve partner hospitals report shortages of trained phlebotomists")
			.contains("Riverside and Lakeshore clinics committed 20 placements");
		pages.screenshot("compare-revisions");
	}

	@Test
	void authorAddsTheEndorsementLetterAndTheContinuingEducationTeamDownloadsIt() throws Exception {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Specimen Transport"));
		Path letter = Path.of("src/test/resources/documents/endorsement-letter.pdf");

		pages.signIn("priya").open("/proposals/" + reference).attach(letter, "Partner's endorsement letter");

		assertThat(pages.uploadMessage()).isEqualTo("endorsement-letter.pdf was added.");
		assertThat(pages.documentNames()).containsExactly("endorsement-letter.pdf");
		pages.screenshot("documents");
		pages.signIn("colin").open("/proposals/" + reference);
		assertThat(pages.download("endorsement-letter.pdf")).startsWith("200 application/pdf attachment;")
			.contains("filename*=UTF-8''endorsement-letter.pdf").endsWith(" " + Files.size(letter) + " bytes");
	}

	@Test
	void aProgramDisguisedAsAPdfIsRefusedWithWhatItLooksLikeAndNothingIsStored() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Specimen Labelling"));

		pages.signIn("priya").open("/proposals/" + reference)
			.attach(Path.of("src/test/resources/documents/program-named.pdf"), "Budget");

		assertThat(pages.uploadMessage()).contains("program-named.pdf is not a PDF")
			.contains("executable program").endsWith("nothing was stored.");
		assertThat(pages.text()).contains("No documents yet.");
		pages.screenshot("document-refused");
	}

	@Test
	void anOversizedUploadIsRefusedWithTheLimitAndNothingIsStored(@TempDir Path folder) throws Exception {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Specimen Storage"));
		Path scan = folder.resolve("site-visit-scan.pdf");
		byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/documents/endorsement-letter.pdf"));
		Files.write(scan, Arrays.copyOf(pdf, 13 * 1024 * 1024));

		pages.signIn("priya").open("/proposals/" + reference).attach(scan, "Scan of the site visit");

		assertThat(pages.uploadMessage()).isEqualTo(
				"The file is larger than 10 MB, the most a document may be; nothing was stored.");
		assertThat(pages.text()).contains("No documents yet.");
	}

	@Test
	void colleagueOpeningSomeoneElsesProposalIsToldItIsNotTheirsAndLearnsNothingOfIt() {
		String reference = behindTheScenes.submit("priya", ConceptTyping.submitted("Phlebotomy Refresher"));

		pages.signIn("paul").open("/proposals/" + reference);

		assertThat(pages.heading()).isEqualTo("Not yours to see");
		assertThat(pages.text()).doesNotContain("Phlebotomy Refresher").doesNotContain("Priya");
		pages.screenshot("not-yours");
	}

	@Test
	void signingOutOfThePagesSignsOutOfTasklistToo() {
		browser.forgetEverything();
		pages.open("/proposals");
		assertThat(pages.heading()).as("a page asks who you are first").isEqualTo("Sign in");
		pages.screenshot("sign-in");
		pages.signIn("colin");

		browser.open(tasklist.signInAddress());
		assertThat(browser.visible(By.cssSelector(".task-filters .task-filter")).isDisplayed())
			.as("Tasklist without a second sign-in").isTrue();

		pages.open("/proposals").signOut();
		assertThat(pages.text()).contains("You have signed out everywhere.");
		browser.open(tasklist.signInAddress());
		assertThat(browser.visible(By.cssSelector("input[ng-model=username]")).isDisplayed())
			.as("Tasklist asks for the sign-in again").isTrue();
	}

}
