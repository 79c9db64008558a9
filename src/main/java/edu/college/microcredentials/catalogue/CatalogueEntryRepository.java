package edu.college.microcredentials.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

	Optional<CatalogueEntry> findByReference(String reference);

	List<CatalogueEntry> findByRetiredFalseOrderByTitle();

	List<CatalogueEntry> findAllByOrderByReference();

	void deleteByReference(String reference);

}
