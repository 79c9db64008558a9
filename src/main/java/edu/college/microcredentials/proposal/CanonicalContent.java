package edu.college.microcredentials.proposal;

import java.util.List;

/**
 * A record's content as one unambiguous text: each field by name, with its length before its value, so no value can
 * pass for another field or shift into its neighbour; {@code null} stays distinct from empty.
 */
final class CanonicalContent {

	private final StringBuilder text;

	CanonicalContent(String kind) {
		this.text = new StringBuilder(kind).append('\n');
	}

	CanonicalContent with(String name, Object value) {
		text.append(name);
		if (value == null) {
			return append("-");
		}
		String written = value.toString();
		text.append('=').append(written.length()).append(':');
		return append(written);
	}

	/** A list field: its size, then each element as {@code name[i]}. */
	CanonicalContent withEach(String name, List<?> values) {
		with(name + ".size", values.size());
		for (int i = 0; i < values.size(); i++) {
			with(name + "[" + i + "]", values.get(i));
		}
		return this;
	}

	String text() {
		return text.toString();
	}

	private CanonicalContent append(String value) {
		text.append(value).append('\n');
		return this;
	}

}
