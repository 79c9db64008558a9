package edu.college.microcredentials.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver: nothing is downloaded (Selenium
 * Manager never runs because both paths are given). Every wait is an explicit condition.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where the screenshots for docs/staff-guide.md go (the tests run in the project folder). */
	static final Path IMAGES = Path.of("docs", "images");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final Dimension WINDOW = new Dimension(1400, 1000);

	/** Tallest screenshot, so a long form still makes a readable picture. */
	private static final int MAX_HEIGHT = 6000;

	private final ChromeDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	Browser() {
		try {
			this.profile = Files.createTempDirectory("tasklist-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
					"--user-data-dir=" + profile);
		this.driver = new ChromeDriver(service, options);
		this.wait = waiting();
	}

	WebDriver driver() {
		return driver;
	}

	void open(String url) {
		driver.get(url);
	}

	/** Waits until the condition holds (a non-null, non-false value) and returns its value. */
	<T> T waitUntil(String what, Function<? super WebDriver, T> condition) {
		return waiting().withMessage(what).until(condition);
	}

	/** Tasklist redraws a form (e.g. after claiming): an element found just before may be gone, so look again. */
	private WebDriverWait waiting() {
		WebDriverWait waiting = new WebDriverWait(driver, TIMEOUT);
		waiting.ignoring(StaleElementReferenceException.class);
		return waiting;
	}

	WebElement visible(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	WebElement clickable(By locator) {
		return wait.until(ExpectedConditions.elementToBeClickable(locator));
	}

	/**
	 * Clicks like a person: scrolled to the middle of the window, where no footer or header covers it. Looks the
	 * element up again if Tasklist redrew it, and clicks again if a notification was in the way.
	 */
	void click(By locator) {
		waitUntil("to click " + locator, driver -> {
			try {
				click(clickable(locator));
				return true;
			}
			catch (ElementClickInterceptedException ex) {
				return false;
			}
		});
	}

	void click(WebElement element) {
		scrollTo(element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/**
	 * Replaces what a field holds with the text, typing again until the field shows exactly that: a page that is
	 * still being set up (Angular's autofocus, a form being rendered) can swallow or misdirect the first keystrokes.
	 */
	void typeInto(By field, String text) {
		waitUntil("'" + text + "' in " + field, driver -> {
			WebElement input = visible(field);
			if (text.equals(input.getDomProperty("value"))) {
				return true;
			}
			scrollTo(input);
			input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			input.sendKeys(text);
			return text.equals(input.getDomProperty("value"));
		});
	}

	void scrollTo(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Forgets who was signed in (session cookie, saved form drafts), as a fresh browser would. */
	void forgetEverything() {
		if (driver.getCurrentUrl().startsWith("http")) {
			script("window.localStorage.clear(); window.sessionStorage.clear();");
		}
		driver.manage().deleteAllCookies();
	}

	/**
	 * Saves {@code docs/images/<name>.png}: the window is made as tall as the longest scrolling panel (a
	 * form in Tasklist scrolls inside its column), so the whole form is in the picture.
	 */
	Path screenshot(String name) {
		long hidden = overflow();
		if (hidden > 0) {
			int height = (int) Math.min(WINDOW.getHeight() + hidden, MAX_HEIGHT);
			driver.manage().window().setSize(new Dimension(WINDOW.getWidth(), height));
			waitUntil("the page to fit the taller window", d -> overflow() <= 0 || height == MAX_HEIGHT);
		}
		try {
			Files.createDirectories(IMAGES);
			Path target = IMAGES.resolve(name + ".png");
			Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (hidden > 0) {
				driver.manage().window().setSize(WINDOW);
			}
		}
	}

	/** Saves {@code docs/images/<name>.png} showing one element only, e.g. a group of a form. */
	Path screenshot(WebElement element, String name) {
		scrollTo(element);
		try {
			Files.createDirectories(IMAGES);
			Path target = IMAGES.resolve(name + ".png");
			Files.write(target, element.getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many pixels the most overflowing scroll panel hides. */
	private long overflow() {
		Object hidden = script("""
				let most = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
				for (const element of document.querySelectorAll('*')) {
				  const style = getComputedStyle(element);
				  if ((style.overflowY === 'auto' || style.overflowY === 'scroll') && element.clientHeight > 0) {
				    most = Math.max(most, element.scrollHeight - element.clientHeight);
				  }
				}
				return most;""");
		return ((Number) hidden).longValue();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile does no harm
		}
	}

	/** What the browser showed when a test failed, in target/ for whoever reads the build log. */
	void keepForDiagnosis(String name) {
		try {
			Path folder = Path.of("target", "tasklist-failures");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			// diagnosis only
		}
	}

}
