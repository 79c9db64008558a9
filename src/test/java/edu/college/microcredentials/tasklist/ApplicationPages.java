package edu.college.microcredentials.tasklist;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The application's own pages (sign-in, My proposals, a proposal's page) in the same browser as Tasklist. */
final class ApplicationPages {

	private final Browser browser;

	private final String baseUrl;

	ApplicationPages(Browser browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	/** Signs in on the application's sign-in page (password = user id for the demo people). */
	ApplicationPages signIn(String user) {
		browser.forgetEverything();
		open("/login");
		browser.typeInto(By.id("username"), user);
		browser.typeInto(By.id("password"), user);
		browser.click(By.cssSelector("section.sign-in button[type=submit]"));
		browser.visible(By.cssSelector("form.signed-in"));
		return this;
	}

	ApplicationPages open(String path) {
		browser.open(baseUrl + path);
		browser.visible(By.tagName("h1"));
		return this;
	}

	String heading() {
		return browser.visible(By.tagName("h1")).getText();
	}

	String text() {
		return browser.visible(By.tagName("main")).getText();
	}

	/** The row of <em>My proposals</em> for {@code reference}. */
	WebElement rowOf(String reference) {
		return browser.visible(By.xpath("//table[contains(@class,'proposals')]//tr[td[1]/a[normalize-space()='"
				+ reference + "']]"));
	}

	ApplicationPages follow(String linkText) {
		browser.click(By.linkText(linkText));
		browser.visible(By.tagName("h1"));
		return this;
	}

	ApplicationPages compare(int earlier, int later) {
		new Select(browser.visible(By.id("from"))).selectByValue(String.valueOf(earlier));
		new Select(browser.visible(By.id("to"))).selectByValue(String.valueOf(later));
		browser.click(By.cssSelector("form.compare button[type=submit]"));
		browser.visible(By.cssSelector("table.comparison"));
		return this;
	}

	/** The fields a comparison marks as changed. */
	List<String> changedFields() {
		return browser.driver().findElements(By.cssSelector("table.comparison tr.changed th span:first-child"))
			.stream().map(WebElement::getText).toList();
	}

	/** Adds a file with the proposal page's upload form. */
	ApplicationPages attach(Path file, String about) {
		browser.visible(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.typeInto(By.id("description"), about);
		browser.click(By.cssSelector("form.upload button[type=submit]"));
		browser.visible(By.id("documents"));
		return this;
	}

	/** What the documents section says about the last upload, added or refused. */
	String uploadMessage() {
		return browser.visible(By.cssSelector("#documents ~ .notice, #documents ~ .problem")).getText();
	}

	List<String> documentNames() {
		return browser.driver().findElements(By.cssSelector("table.documents tbody td:first-child a")).stream()
			.map(WebElement::getText).toList();
	}

	/** Downloads a listed document in the signed-in session: status, media type, disposition and size. */
	String download(String name) {
		String href = browser.visible(By.linkText(name)).getDomAttribute("href");
		return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => response.arrayBuffer().then(body => done(response.status + ' '
				  + response.headers.get('Content-Type') + ' ' + response.headers.get('Content-Disposition') + ' '
				  + body.byteLength + ' bytes')));""", href);
	}

	/** Clicks a button by its words (or its accessible name) and waits for the page it leads to. */
	ApplicationPages press(String button) {
		browser.click(By.xpath("//button[normalize-space()='" + button + "' or @aria-label='" + button + "']"));
		browser.visible(By.tagName("h1"));
		return this;
	}

	ApplicationPages choose(String label) {
		browser.click(By.xpath("//label[normalize-space()='" + label + "']/input"));
		return this;
	}

	/** The notice or problem the page shows after an action. */
	String message() {
		return browser.visible(By.cssSelector("main .notice, main .problem")).getText();
	}

	/** Waits until the audit view has drawn the diagram and marked the path; returns how many elements it marked. */
	int markedOnTheDiagram(String marker) {
		browser.visible(By.cssSelector("#audit-diagram[data-ready=true]"));
		return browser.driver().findElements(By.cssSelector("#audit-diagram .djs-element." + marker)).size();
	}

	/** The status the application answers the signed-in browser for {@code path}. */
	long statusOf(String path) {
		return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));", path);
	}

	ApplicationPages signOut() {
		browser.click(By.cssSelector("form.signed-in button[type=submit]"));
		browser.visible(By.cssSelector("section.sign-in"));
		return this;
	}

	/** Saves {@code docs/images/page-<name>.png}. */
	Path screenshot(String name) {
		return browser.screenshot("page-" + name);
	}

}
