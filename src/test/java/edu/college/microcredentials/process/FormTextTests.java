package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one person typed shows on another's form as the characters typed. A form's text view renders Markdown, in
 * which a backslash shows the punctuation after it as itself and an entity shows its character; the Markdown made
 * here holds nothing else, so nothing of it can become a link, an image, a button or bold text.
 */
class FormTextTests {

	/** Plain characters, backslash-escaped punctuation and the five entities: nothing Markdown or HTML act on. */
	private static final Pattern ONLY_TEXT = Pattern
		.compile("(?:\\\\\\p{Punct}|&(?:amp|lt|gt|quot|#39);|[^\\\\`*_~\\[\\]!()#+\\-=.|:@<>\"'&])*");

	private static final Pattern ESCAPED = Pattern.compile("\\\\(\\p{Punct})");

	@ParameterizedTest
	@ValueSource(strings = { "**APPROVED BY SMT** <button>Approve</button> [click here](https://evil.example)",
			"<a href=\"https://evil.example\">Official guidance</a>", "![x](https://evil.example/t.png)",
			"<img src=x onerror=alert(1)><script>alert(1)</script>", "[ref]: https://evil.example",
			"<https://evil.example> www.evil.example jane.doe@evil.example", "`code` ~~gone~~ _em_ | table |",
			"&lt;b&gt; is not bold, \\*nor\\* this" })
	void markupShowsAsTheCharactersTyped(String typed) {
		String markdown = FormText.literal(typed);

		assertThat(markdown).matches(ONLY_TEXT);
		assertThat(shown(markdown)).isEqualTo(typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nurses' and assistants' skills", "Evidence-based, hands-on practice",
			"40 hours over 6 weeks, 0.2 FTE, 2027-09-01", "C++ for lab devices", "Module #1 (of 3): 100% practical",
			"See https://www.example.org/guidelines?year=2027&lang=en", "\"Quoted\" — and ½ the price!" })
	void ordinaryTextReadsAsTyped(String typed) {
		assertThat(shown(FormText.literal(typed))).isEqualTo(typed);
	}

	@Test
	void theEscapesAreFewAndPlain() {
		assertThat(FormText.literal("Nurses' C++ course #1")).isEqualTo("Nurses&#39; C\\+\\+ course \\#1");
		assertThat(FormText.literal("Phlebotomy for Clinic Assistants")).isEqualTo("Phlebotomy for Clinic Assistants");
	}

	@Test
	void linesAndParagraphsStayButNoLineStartsACodeBlockOrAList() {
		String typed = "First line\r\nSecond line\n\n    indented\n- not a list\n1. not a list either\n# not a heading";

		String markdown = FormText.literal(typed);

		assertThat(markdown.lines()).containsExactly("First line", "Second line", "", "indented", "\\- not a list",
				"1\\. not a list either", "\\# not a heading");
	}

	@Test
	void nothingTypedStaysNothing() {
		assertThat(FormText.literal(null)).isNull();
		assertThat(FormText.literal("")).isEmpty();
	}

	/** What a form's text view shows of Markdown that holds only text: escapes and entities undone. */
	private static String shown(String markdown) {
		Matcher escape = ESCAPED.matcher(markdown);
		StringBuilder unescaped = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(unescaped, Matcher.quoteReplacement(escape.group(1)));
		}
		escape.appendTail(unescaped);
		return unescaped.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'").replace("&amp;", "&");
	}

}
