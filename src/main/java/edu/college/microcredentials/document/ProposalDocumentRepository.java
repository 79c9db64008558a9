package edu.college.microcredentials.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalDocumentRepository extends JpaRepository<ProposalDocument, Long> {

	/** The proposal's documents in the order they were added, without their content. */
	@Query("""
			select new edu.college.microcredentials.document.DocumentListing(d.id, d.proposalReference, d.fileName,
			    d.mediaType, d.sizeBytes, d.description, d.addedBy, d.addedBy, d.addedAt)
			from ProposalDocument d where d.proposalReference = :reference order by d.addedAt, d.id""")
	List<DocumentListing> listFor(String reference);

	Optional<ProposalDocument> findByIdAndProposalReference(Long id, String proposalReference);

	long countByProposalReference(String reference);

	@Modifying
	@Query("delete from ProposalDocument d where d.proposalReference = :reference")
	void deleteAllOf(String reference);

}
