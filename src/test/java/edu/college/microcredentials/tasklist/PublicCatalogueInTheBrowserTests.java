package edu.college.microcredentials.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import edu.college.microcredentials.process.DemoConcepts;

/**
 * A visitor who never signs in finds a micro-credential in the public catalogue by typing words and pressing Enter,
 * narrows the search by delivery mode, and opens the credential's page: its EU elements, its badges and the
 * structured data search engines read. Every field has a label, the headings go in order, and the page is usable
 * from the keyboard.
 */
class PublicCatalogueInTheBrowserTests extends StaffInTasklist {

	String venipuncture;

	String ivInsertion;

	@BeforeAll
	void publishTwoCredentials() {
		Map<String, Object> withEuropeanElements = DemoConcepts.fullProposal();
		withEuropeanElements.putAll(Map.of("eqfLevel", "4", "notionalWorkloadHours", 75, "assessmentSupervision",
				"onsiteWithIdentityVerification", "prerequisites", "Working as a medical laboratory assistant",
				"furtherInformation", "Enrolment opens three months before each intake; the fee includes lab time."));
		venipuncture = approved(DemoConcepts.venipuncture(), withEuropeanElements);
		Map<String, Object> iv = DemoConcepts.ivInsertion();
		iv.put("deliveryMode", "online");
		iv.put("industryPartner", "Sunnybrook Nursing Practice Council");
		iv.put("learningOutcomes", "Insert and maintain peripheral IV lines; recognise complications early");
		ivInsertion = approved(iv, DemoConcepts.fullProposal());
	}

	@Test
	void anonymousVisitorSearchesByWordsFromTheKeyboardAndOpensTheCredential() {
		browser.forgetEverything();
		browser.open("http://localhost:" + port + "/catalogue");

		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Micro-credentials you can earn");
		assertThat(resultTitles()).as("these two and the demo's published credential")
			.containsExactlyInAnyOrder("Venipuncture Techniques", "IV Insertion and Maintenance",
					"Point-of-Care Glucose Testing");
		everyFieldHasALabel();
		headingsGoInOrder();
		browser.screenshot("catalogue-search");

		WebElement words = browser.visible(By.id("q"));
		words.sendKeys("venipuncture");
		words.sendKeys(Keys.ENTER);
		browser.visible(By.id("results-heading"));
		assertThat(browser.visible(By.id("results-heading")).getText()).isEqualTo("1 micro-credential found");
		assertThat(resultTitles()).containsExactly("Venipuncture Techniques");

		// to the result's link by keyboard: the link takes the focus and Enter follows it
		WebElement link = browser.visible(By.linkText("Venipuncture Techniques"));
		link.sendKeys(Keys.ENTER);
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Venipuncture Techniques");
		String page = browser.visible(By.tagName("main")).getText();
		assertThat(page).contains("The EU's standard elements", "Awarding body", "Example College",
				"Type of quality assurance", "Open Badges 2.0 BadgeClass", "Open Badges 3.0 Achievement",
				"Perform venipuncture on adults", "ESCO skill");
		String structuredData = (String) browser.script(
				"return document.querySelector('script[type=\"application/ld+json\"]').textContent");
		assertThat(structuredData).contains("\"@type\" : \"EducationalOccupationalCredential\"")
			.contains("\"name\" : \"Venipuncture Techniques\"");
		assertThat(browser.driver().findElements(By.cssSelector("form.signed-in"))).isEmpty();
		headingsGoInOrder();
		browser.screenshot("catalogue-credential");
	}

	@Test
	void visitorNarrowsTheCatalogueByDeliveryMode() {
		browser.forgetEverything();
		browser.open("http://localhost:" + port + "/catalogue");

		new org.openqa.selenium.support.ui.Select(browser.visible(By.id("mode"))).selectByVisibleText("Online");
		browser.click(By.cssSelector("form.catalogue-search button[type=submit]"));

		assertThat(browser.visible(By.id("results-heading")).getText()).isEqualTo("1 micro-credential found");
		assertThat(resultTitles()).containsExactly("IV Insertion and Maintenance");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.visible(By.id("mode"))).getFirstSelectedOption()
			.getText()).isEqualTo("Online");
	}

	private String approved(Map<String, Object> concept, Map<String, Object> fullProposal) {
		String reference = behindTheScenes.submit("priya", concept);
		behindTheScenes.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		behindTheScenes.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		behindTheScenes.complete(reference, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());
		behindTheScenes.complete(reference, "writeFullProposal", "adam", fullProposal);
		behindTheScenes.complete(reference, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		behindTheScenes.complete(reference, "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));
		return reference;
	}

	private List<String> resultTitles() {
		return browser.driver().findElements(By.cssSelector("ul.catalogue-results h3 a")).stream()
			.map(WebElement::getText).toList();
	}

	/** Every input and select is named by a label that points at it. */
	private void everyFieldHasALabel() {
		for (WebElement field : browser.driver().findElements(By.cssSelector("main input, main select"))) {
			String id = field.getDomAttribute("id");
			assertThat(id).as("a field without an id").isNotBlank();
			assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
				.as("label for " + id).hasSize(1);
		}
	}

	/** One h1, and no heading skips a level after it. */
	private void headingsGoInOrder() {
		List<Integer> levels = browser.driver().findElements(By.cssSelector("main h1, main h2, main h3, main h4"))
			.stream().map(heading -> Integer.parseInt(heading.getTagName().substring(1))).toList();
		assertThat(levels.get(0)).isEqualTo(1);
		assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1))
				.isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
	}

}
