package edu.college.microcredentials.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The badge's picture, an SVG that shows the whole title: wrapped onto as many lines as it needs, the type made
 * smaller until every line fits, a word too long for a line split with a hyphen. Retired badges are grey and say so.
 */
final class BadgeImage {

	static final int SIZE = 240;

	private static final int TEXT_WIDTH = 196;

	private static final int TEXT_HEIGHT = 128;

	/** An average character of a sans-serif face is a little over half its size wide. */
	private static final double CHARACTER_WIDTH = 0.6;

	private BadgeImage() {
	}

	static String of(CatalogueEntry entry) {
		int fontSize = 20;
		List<String> lines = wrap(entry.getTitle(), charactersPerLine(fontSize));
		while (fontSize > 9 && lines.size() * lineHeight(fontSize) > TEXT_HEIGHT) {
			fontSize--;
			lines = wrap(entry.getTitle(), charactersPerLine(fontSize));
		}
		String fill = entry.isRetired() ? "#4b5563" : "#14532d";
		StringBuilder svg = new StringBuilder("""
				<svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%1$d" viewBox="0 0 %1$d %1$d" role="img" aria-label="%2$s">
				  <title>%2$s</title>
				  <rect x="4" y="4" width="232" height="232" rx="28" fill="%3$s"/>
				  <rect x="12" y="12" width="216" height="216" rx="22" fill="none" stroke="#bbf7d0" stroke-width="2"/>
				  <text x="120" y="38" text-anchor="middle" fill="#bbf7d0" font-family="sans-serif" font-size="11" letter-spacing="1">MICRO-CREDENTIAL</text>
				""".formatted(SIZE, escaped(entry.getTitle()), fill));
		double firstBaseline = 122 - (lines.size() - 1) * lineHeight(fontSize) / 2.0 + fontSize * 0.35;
		for (int i = 0; i < lines.size(); i++) {
			svg.append("  <text x=\"120\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#ffffff\" font-family=\"sans-serif\" font-weight=\"bold\" font-size=\"%d\">%s</text>\n"
				.formatted(firstBaseline + i * lineHeight(fontSize), fontSize, escaped(lines.get(i))));
		}
		svg.append("  <text x=\"120\" y=\"212\" text-anchor=\"middle\" fill=\"#bbf7d0\" font-family=\"sans-serif\" font-size=\"12\">%s</text>\n"
			.formatted(escaped(entry.isRetired() ? "RETIRED · " + entry.getReference() : entry.getReference())));
		return svg.append("</svg>\n").toString();
	}

	/** Greedy wrapping at spaces; a word longer than a line is split with a hyphen. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			while (word.length() > width) {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				lines.add(word.substring(0, width - 1) + "-");
				word = word.substring(width - 1);
			}
			if (line.isEmpty()) {
				line.append(word);
			}
			else if (line.length() + 1 + word.length() <= width) {
				line.append(' ').append(word);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static int charactersPerLine(int fontSize) {
		return (int) (TEXT_WIDTH / (fontSize * CHARACTER_WIDTH));
	}

	private static double lineHeight(int fontSize) {
		return fontSize * 1.2;
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
