package edu.college.microcredentials.tasklist;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist 7.24 as staff use it: sign in, pick a filter, open a task, claim it, fill in its Camunda Form
 * and complete it, or start a process from its start form.
 */
final class Tasklist {

	private static final By TASK_FORM = By.cssSelector(".task-details form.fjs-form");

	private static final By START_FORM = By.cssSelector(".modal form.fjs-form");

	private static final By NOTIFICATION = By.cssSelector(".page-notifications .alert");

	private final Browser browser;

	private final String baseUrl;

	Tasklist(Browser browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	String signInAddress() {
		return baseUrl + "/camunda/app/tasklist/";
	}

	/** Signs in on Tasklist's own sign-in page (password = user id for the demo people). */
	Tasklist signIn(String user) {
		browser.forgetEverything();
		browser.open(signInAddress());
		By username = By.cssSelector("input[ng-model=username]");
		By password = By.cssSelector("input[ng-model=password]");
		browser.typeInto(username, user);
		browser.typeInto(password, user);
		browser.waitUntil("both sign-in fields filled in", driver -> user.equals(browser.visible(username)
			.getDomProperty("value")) && user.equals(browser.visible(password).getDomProperty("value")));
		browser.click(By.cssSelector("form button[type=submit]"));
		browser.visible(By.cssSelector(".task-filters .task-filter"));
		return this;
	}

	/** Shows the sign-in page without signing in (for the guide). */
	Tasklist signInPage() {
		browser.forgetEverything();
		browser.open(signInAddress());
		browser.visible(By.cssSelector("input[ng-model=username]"));
		return this;
	}

	List<String> filterNames() {
		browser.visible(By.cssSelector(".task-filters .task-filter"));
		return browser.driver()
			.findElements(By.cssSelector(".task-filters .task-filter h4.name a"))
			.stream()
			.map(link -> link.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
			.toList();
	}

	Tasklist filter(String name) {
		By link = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(.),"
				+ literal(name) + ")]");
		browser.click(link);
		browser.waitUntil("filter '" + name + "' to be selected", driver -> {
			List<WebElement> active = driver.findElements(By.cssSelector(".task-filter.active h4.name a"));
			return !active.isEmpty() && active.get(0).getText().trim().startsWith(name);
		});
		browser.waitUntil("the task list to be loaded", ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector(".tasks-list .loader:not(.ng-hide)")));
		return this;
	}

	/** The card of a task in the list of the selected filter (the list refreshes itself, so always look it up). */
	private static By taskCard(String taskId) {
		return By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + taskId + "')]]");
	}

	/** The exact due date a card shows on hover, e.g. "Monday, 21 December 2026 10:15". */
	String dueDateOnCard(String taskId) {
		return browser.waitUntil("the due date on the card of task " + taskId, driver -> driver.findElement(taskCard(taskId))
			.findElement(By.cssSelector(".due-date [uib-tooltip]"))
			.getDomAttribute("uib-tooltip"));
	}

	String cardText(String taskId) {
		return browser.waitUntil("the card of task " + taskId, driver -> {
			WebElement card = driver.findElement(taskCard(taskId));
			return card.isDisplayed() ? card.getText() : null;
		});
	}

	/** What the header calls the application: the college's name and "Tasklist". */
	String brandName() {
		return browser.visible(By.cssSelector(".navbar-brand .brand-name")).getText().trim();
	}

	/** Whether any of Camunda's notices about its own product shows above the header. */
	boolean camundaBannerShown() {
		return browser.driver().findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed);
	}

	/** The actions the header offers a signed-in person, e.g. "Start process", as shown. */
	List<String> headerActions() {
		browser.visible(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
		return browser.driver().findElements(By.cssSelector("[cam-widget-header] ul li")).stream()
			.filter(WebElement::isDisplayed).map(action -> action.getText().trim()).filter(text -> !text.isEmpty())
			.toList();
	}

	/** Where the header's "My proposals" leads. */
	String myProposalsAddress() {
		return browser.visible(By.xpath("//a[normalize-space(.)='My proposals']")).getDomProperty("href");
	}

	/** Types into Tasklist's search box above the list and presses Enter, as staff search by a task's name. */
	Tasklist search(String text) {
		By box = By.cssSelector("[cam-widget-search] input.main-field");
		browser.click(box);
		browser.visible(box).sendKeys(text, Keys.ENTER);
		browser.waitUntil("the search for '" + text + "' to be applied", driver -> driver
			.findElements(By.cssSelector("[cam-widget-search] [cam-widget-search-pill]")).stream()
			.anyMatch(pill -> pill.isDisplayed() && pill.getText().contains(text)));
		browser.waitUntil("the task list to be loaded", ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector(".tasks-list .loader:not(.ng-hide)")));
		return this;
	}

	/** The names on the cards of the selected filter, as shown. */
	List<String> cardNames() {
		return browser.driver().findElements(By.cssSelector(".tasks-list li.task h4.task a")).stream()
			.map(name -> name.getText().trim()).toList();
	}

	/** Opens a task from the list and waits for its form. */
	CamundaForm openTask(String taskId, String formId) {
		browser.click(By.xpath("//li[contains(@class,'task')]//h4/a[contains(@href,'task=" + taskId + "')]"));
		browser.waitUntil("task " + taskId + " to be open",
				driver -> driver.getCurrentUrl().contains("task=" + taskId));
		browser.visible(TASK_FORM);
		return new CamundaForm(browser, formId);
	}

	/** The due date shown in the open task's header, as its tooltip. */
	String dueDateOfOpenTask() {
		return browser.visible(By.cssSelector(".task-details .due-date [am-time-ago]")).getDomAttribute("uib-tooltip");
	}

	boolean formIsDisabled() {
		return !browser.driver().findElements(By.cssSelector(".task-details .disabled-form")).isEmpty();
	}

	Tasklist claim() {
		clickClaim();
		browser.visible(By.cssSelector(".task-details .unclaim"));
		browser.waitUntil("the form to be editable", driver -> !formIsDisabled());
		return this;
	}

	/** Clicks Claim; the caller checks what followed. */
	Tasklist clickClaim() {
		browser.click(By.cssSelector(".task-details [ng-click='claim()']"));
		return this;
	}

	/** Clicks Complete; the caller checks what followed. */
	Tasklist clickComplete() {
		browser.click(By.cssSelector(".task-details button[ng-click='complete()']"));
		return this;
	}

	/** Completes the open task and waits until Tasklist has taken it off the list. */
	Tasklist complete(String taskId) {
		clickComplete();
		browser.waitUntil("task " + taskId + " to be completed",
				ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tasks-list a[href*='task=" + taskId + "']")));
		browser.waitUntil("the form to close", ExpectedConditions.invisibilityOfElementLocated(TASK_FORM));
		return this;
	}

	/** Opens "Start process", picks the process by name and waits for its start form. */
	CamundaForm startProcess(String processName, String formId) {
		browser.click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
		browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)=" + literal(processName) + "]"));
		browser.visible(START_FORM);
		return new CamundaForm(browser, formId);
	}

	boolean startIsEnabled() {
		return browser.visible(By.cssSelector(".modal button[ng-click='startProcessInstance()']")).isEnabled();
	}

	/** Clicks Start; the caller checks what followed. */
	Tasklist clickStart() {
		browser.click(By.cssSelector(".modal button[ng-click='startProcessInstance()']"));
		return this;
	}

	/** Starts the process from the filled start form and waits for the dialog to close. */
	Tasklist start() {
		clickStart();
		browser.waitUntil("the start dialog to close", ExpectedConditions.invisibilityOfElementLocated(START_FORM));
		return this;
	}

	Tasklist closeStartDialog() {
		browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Close']"));
		browser.waitUntil("the start dialog to close", ExpectedConditions.invisibilityOfElementLocated(START_FORM));
		return this;
	}

	/** The text of the newest notification Tasklist shows (bottom right), waiting for one. */
	String notification() {
		browser.visible(NOTIFICATION);
		List<WebElement> notifications = browser.driver().findElements(NOTIFICATION);
		return notifications.get(notifications.size() - 1).getText().replace("×", "").trim();
	}

	/** Waits for a notification containing the text and returns all of its text. */
	String notificationContaining(String text) {
		return browser.waitUntil("a notification containing '" + text + "'", driver -> driver.findElements(NOTIFICATION)
			.stream()
			.map(WebElement::getText)
			.filter(shown -> shown.contains(text))
			.findFirst()
			.orElse(null));
	}

	Tasklist dismissNotifications() {
		for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications .alert button.close"))) {
			if (close.isDisplayed()) {
				close.click();
			}
		}
		browser.waitUntil("notifications to be gone", ExpectedConditions.invisibilityOfElementLocated(NOTIFICATION));
		return this;
	}

	/** Saves {@code docs/images/tasklist-<name>.png}. */
	Path screenshot(String name) {
		return browser.screenshot("tasklist-" + name);
	}

	Path screenshot(WebElement element, String name) {
		return browser.screenshot(element, "tasklist-" + name);
	}

	/** An XPath string literal for text that may contain an apostrophe ("My group's tasks"). */
	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
