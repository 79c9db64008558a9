package edu.college.microcredentials.catalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/** Removes an entry behind the catalogue's back, as if it had never been made. */
@TestComponent
class EntryRemoval {

	private final CatalogueEntryRepository entries;

	EntryRemoval(CatalogueEntryRepository entries) {
		this.entries = entries;
	}

	@Transactional
	void deleteByReferenceInNewTransaction(String reference) {
		entries.deleteByReference(reference);
	}

}
