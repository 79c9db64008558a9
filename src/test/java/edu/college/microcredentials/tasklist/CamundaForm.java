package edu.college.microcredentials.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Camunda Form (form-js 1.8) as Tasklist renders it, used by field key and option value, the way Java reads
 * the form: the form file in {@code forms/} says which component holds a key and which position an option has,
 * so changing a label or the order of fields does not break a test.
 */
final class CamundaForm {

	private static final DateTimeFormatter DATE_AS_TYPED = DateTimeFormatter.ofPattern("M/d/yyyy");

	private final Browser browser;

	private final String formId;

	private final Map<String, JsonNode> fieldsByKey = new HashMap<>();

	CamundaForm(Browser browser, String formId) {
		this.browser = browser;
		this.formId = formId;
		collectFields(read(formId).path("components"));
		browser.visible(By.cssSelector("form.fjs-form"));
	}

	/** The form file's components, e.g. {@code forms/assessConcept.form}. */
	static JsonNode read(String formId) {
		try {
			return new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void collectFields(JsonNode components) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				fieldsByKey.put(component.get("key").asText(), component);
			}
			collectFields(component.path("components"));
		}
	}

	/** Types into a text, textarea or number field, replacing what was there. */
	CamundaForm type(String key, Object text) {
		browser.typeInto(input(key), String.valueOf(text));
		return this;
	}

	/** A radio option, by its value. */
	CamundaForm choose(String key, String value) {
		browser.waitUntil("'" + key + "' to be '" + value + "'", driver -> {
			WebElement radio = browser.visible(option(key, value));
			if (!radio.isSelected()) {
				browser.click(radio);
			}
			return radio.isSelected();
		});
		return this;
	}

	/** Checklist options, by value. */
	CamundaForm tick(String key, String... values) {
		for (String value : values) {
			browser.waitUntil("'" + value + "' to be ticked in '" + key + "'", driver -> {
				WebElement box = browser.visible(option(key, value));
				if (!box.isSelected()) {
					browser.click(box);
				}
				return box.isSelected();
			});
		}
		return this;
	}

	CamundaForm check(String key, boolean checked) {
		browser.waitUntil("'" + key + "' to be " + (checked ? "checked" : "unchecked"), driver -> {
			WebElement box = browser.visible(input(key));
			if (box.isSelected() != checked) {
				browser.click(box);
			}
			return box.isSelected() == checked;
		});
		return this;
	}

	/** A select (form-js draws its own drop-down list): open it, pick the option labelled for the value. */
	CamundaForm select(String key, String value) {
		browser.click(By.cssSelector("[id$='-" + componentId(key) + "-display']"));
		String label = labelOf(key, value);
		browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"));
		browser.waitUntil("the select to show " + label, driver -> displayed(key).equals(label));
		return this;
	}

	/**
	 * A person from a picker whose options a variable holds (a select with search, a taglist): types part of their
	 * name, as staff do, and picks the option with that label from what the field offers.
	 */
	CamundaForm pick(String key, String typed, String label) {
		String field = picker(key);
		browser.click(By.xpath(field + "//input"));
		browser.visible(By.xpath(field + "//input")).sendKeys(typed);
		browser.click(By.xpath(field + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"));
		browser.waitUntil("'" + key + "' to show " + label, driver -> browser.visible(By.xpath(field)).getText().contains(label)
				|| label.equals(browser.visible(By.xpath(field + "//input")).getDomProperty("value")));
		// a taglist keeps its list open for the next person; leaving the field closes it, as a click elsewhere would
		browser.script("document.activeElement.blur();");
		browser.waitUntil("the list of '" + key + "' to close", driver -> driver
			.findElements(By.xpath(field + "//div[contains(@class,'fjs-dropdownlist')]")).stream().noneMatch(WebElement::isDisplayed));
		return this;
	}

	/** The group a picker sits in, with the people chosen (for the guide's picture). */
	WebElement pickerGroupOf(String key) {
		return browser.visible(By.xpath(picker(key) + "/ancestor::div[contains(@class,'fjs-form-field-group')][1]"));
	}

	/** A select or taglist by the class form-js gives its type and the id of its component. */
	private String picker(String key) {
		return "//div[contains(concat(' ', @class, ' '), ' fjs-form-field-" + typeOf(key) + " ')][.//*[contains(@id, '-"
				+ componentId(key) + "')]]";
	}

	/** Types a date as Tasklist shows it (month/day/year) and confirms it with Enter. */
	CamundaForm date(String key, LocalDate date) {
		String typed = date.format(DATE_AS_TYPED);
		browser.waitUntil("'" + key + "' to show " + typed, driver -> {
			WebElement input = browser.visible(By.cssSelector("[id$='-" + componentId(key) + "-date']"));
			if (typed.equals(input.getDomProperty("value"))) {
				return true;
			}
			browser.scrollTo(input);
			input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			input.sendKeys(typed, Keys.ENTER);
			return typed.equals(input.getDomProperty("value"));
		});
		return this;
	}

	/** What a text, number, textarea or date field shows. */
	String valueOf(String key) {
		By field = "datetime".equals(typeOf(key)) ? By.cssSelector("[id$='-" + componentId(key) + "-date']")
				: input(key);
		return browser.visible(field).getDomProperty("value");
	}

	boolean isChecked(String key) {
		return browser.visible(input(key)).isSelected();
	}

	/** The value of the selected radio option, if any. */
	Optional<String> chosen(String key) {
		return selected(key).stream().findFirst();
	}

	/** The values of the ticked checklist (or chosen radio) options. */
	List<String> selected(String key) {
		List<String> values = new ArrayList<>();
		JsonNode options = field(key).path("values");
		for (int i = 0; i < options.size(); i++) {
			List<WebElement> box = browser.driver().findElements(option(key, i));
			if (!box.isEmpty() && box.get(0).isSelected()) {
				values.add(options.get(i).path("value").asText());
			}
		}
		return values;
	}

	/** The text a select shows. */
	String displayed(String key) {
		return browser.visible(By.cssSelector("[id$='-" + componentId(key) + "-display']")).getText().trim();
	}

	boolean isShown(String key) {
		return browser.driver().findElements(input(key)).stream().anyMatch(WebElement::isDisplayed)
				|| browser.driver().findElements(option(key, 0)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** The inline message under a field, empty when the field is valid. */
	String errorOf(String key) {
		return browser.driver()
			.findElements(By.cssSelector("[id$='-" + componentId(key) + "-error-message']"))
			.stream()
			.map(WebElement::getText)
			.map(String::trim)
			.findFirst()
			.orElse("");
	}

	String waitForError(String key) {
		return browser.waitUntil("an inline message under '" + key + "'",
				driver -> errorOf(key).isEmpty() ? null : errorOf(key));
	}

	/** The outlined group a field sits in, e.g. "Delivery" around the hours. */
	WebElement groupOf(String key) {
		return browser.visible(input(key)).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-group')][1]"));
	}

	/** Everything the form shows as text: headings, the read-only summary, labels. */
	String text() {
		return browser.visible(By.cssSelector("form.fjs-form")).getText();
	}

	/** The elements of the rendered form that match, e.g. every link or bold text its text views show. */
	List<WebElement> elements(String cssSelector) {
		return browser.visible(By.cssSelector("form.fjs-form")).findElements(By.cssSelector(cssSelector));
	}

	/** How many things a person can type into or tick: the read-only summary has none. */
	int editableFields() {
		return browser.driver()
			.findElements(By.cssSelector("form.fjs-form input:not([type=hidden]):not(.fjs-select-hidden-input), "
					+ "form.fjs-form textarea"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList()
			.size();
	}

	String formId() {
		return formId;
	}

	/** The keys of every field of a type, in the order of the form file, e.g. every radio of a checklist. */
	List<String> keysOfType(String type) {
		List<String> keys = new ArrayList<>();
		collectKeys(read(formId).path("components"), type, keys);
		return keys;
	}

	private static void collectKeys(JsonNode components, String type, List<String> keys) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key") && type.equals(component.path("type").asText())) {
				keys.add(component.get("key").asText());
			}
			collectKeys(component.path("components"), type, keys);
		}
	}

	private By input(String key) {
		return By.cssSelector("[id$='-" + componentId(key) + "']");
	}

	private By option(String key, String value) {
		JsonNode options = field(key).path("values");
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).path("value").asText().equals(value)) {
				return option(key, i);
			}
		}
		throw new IllegalArgumentException(formId + ": '" + key + "' has no option '" + value + "'");
	}

	private By option(String key, int index) {
		return By.cssSelector("[id$='-" + componentId(key) + "-" + index + "']");
	}

	private String labelOf(String key, String value) {
		for (JsonNode option : field(key).path("values")) {
			if (option.path("value").asText().equals(value)) {
				return option.path("label").asText();
			}
		}
		throw new IllegalArgumentException(formId + ": '" + key + "' has no option '" + value + "'");
	}

	private String componentId(String key) {
		return field(key).path("id").asText();
	}

	private String typeOf(String key) {
		return field(key).path("type").asText();
	}

	private JsonNode field(String key) {
		JsonNode field = fieldsByKey.get(key);
		if (field == null) {
			throw new IllegalArgumentException("forms/" + formId + ".form has no field '" + key + "'");
		}
		return field;
	}

}
