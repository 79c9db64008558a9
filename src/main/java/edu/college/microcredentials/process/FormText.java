package edu.college.microcredentials.process;

import java.util.stream.Collectors;

/**
 * What someone typed, ready for the {@code text} view of a Camunda Form, so that anyone else's form shows it exactly
 * as typed. Tasklist's form-js 1.8 puts a template's values into the Markdown unchanged, renders it with GFM (marked)
 * and keeps the links, images and emphasis that result (its sanitizer allows {@code a href}, {@code img src},
 * {@code strong} and more). Only the values go through here; a form's or the summary's own Markdown around them
 * stays Markdown. Input fields get the typed value itself: a user would see these escapes in what they edit.
 */
public final class FormText {

	/**
	 * The punctuation Markdown and GFM give a meaning to: escapes, code, emphasis and strikethrough, links and images,
	 * headings, lists, rules, tables, and the bare web and e-mail addresses GFM turns into links.
	 */
	private static final String MARKDOWN = "\\`*_~[]!()#+-=.|:@";

	private FormText() {
	}

	/** The typed text as Markdown that reads as that text, line for line; {@code null} stays {@code null}. */
	public static String literal(String typed) {
		return typed == null ? null : typed.lines().map(FormText::line).collect(Collectors.joining("\n"));
	}

	private static String line(String typed) {
		StringBuilder line = new StringBuilder();
		// indented lines would start a code block, which shows backslashes and entities as they are
		typed.stripLeading().codePoints().forEach(character -> {
			switch (character) {
				case '&' -> line.append("&amp;");
				case '<' -> line.append("&lt;");
				case '>' -> line.append("&gt;");
				case '"' -> line.append("&quot;");
				case '\'' -> line.append("&#39;");
				default -> {
					if (MARKDOWN.indexOf(character) >= 0) {
						line.append('\\');
					}
					line.appendCodePoint(character);
				}
			}
		});
		return line.toString();
	}

}
