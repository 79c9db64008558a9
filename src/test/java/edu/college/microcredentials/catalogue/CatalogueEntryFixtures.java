package edu.college.microcredentials.catalogue;

import java.time.Instant;

import org.springframework.test.util.ReflectionTestUtils;

/** Catalogue entries for plain unit tests, without a proposal behind them. */
final class CatalogueEntryFixtures {

	private CatalogueEntryFixtures() {
	}

	static CatalogueEntry published(String reference, String title) {
		CatalogueEntry entry = new CatalogueEntry();
		ReflectionTestUtils.setField(entry, "reference", reference);
		ReflectionTestUtils.setField(entry, "title", title);
		ReflectionTestUtils.setField(entry, "publishedAt", Instant.parse("2027-04-01T12:00:00Z"));
		return entry;
	}

}
