package edu.college.microcredentials.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The badge's picture shows the whole title, however long, on lines that fit the badge. */
class BadgeImageTests {

	@Test
	void longTitleIsWrappedNotCutOff() {
		String title = "Care Phlebotomy for Health Care Aides in Long-Term Care Homes";

		List<String> lines = titleLines(BadgeImage.of(entry(title)));

		assertThat(String.join(" ", lines)).isEqualTo(title);
		assertThat(lines).hasSizeGreaterThan(1);
	}

	@Test
	void wordLongerThanALineIsSplitWithAHyphen() {
		assertThat(BadgeImage.wrap("Pneumonoultramicroscopicsilicovolcanoconiosis care", 16))
			.containsExactly("Pneumonoultrami-", "croscopicsilico-", "volcanoconiosis", "care");
	}

	@Test
	void markupInTheTitleIsShownAsText() {
		String svg = BadgeImage.of(entry("Safety <b>first</b> & last"));

		assertThat(svg).contains("Safety &lt;b&gt;first&lt;/b&gt; &amp; last").doesNotContain("<b>");
	}

	private static List<String> titleLines(String svg) {
		Matcher lines = Pattern.compile("font-weight=\"bold\" font-size=\"\\d+\">([^<]*)</text>").matcher(svg);
		return lines.results().map(line -> line.group(1)).toList();
	}

	private static CatalogueEntry entry(String title) {
		return CatalogueEntryFixtures.published("MC-2026-0001", title);
	}

}
