package edu.college.microcredentials.proposal;

import java.util.Objects;

/** One field of two revisions side by side, as the concept form labels it and a reader sees it. */
public record FieldChange(String field, String label, String earlier, String later) {

	public boolean changed() {
		return !Objects.equals(blankAsNull(earlier), blankAsNull(later));
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
