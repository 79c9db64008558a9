package edu.college.microcredentials.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file attached to a proposal, kept with the record in the same database and transaction: its name as the person
 * gave it, its kind as told from its bytes, who added it and when. The record's history of documents is this table
 * (see {@link ProposalDocuments} for why it is not a lifecycle transition).
 */
@Entity
class ProposalDocument {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false)
	private String proposalReference;

	@Column(nullable = false)
	private String fileName;

	/** As detected from the content ({@link DocumentTypes}), never as the browser declared it. */
	@Column(nullable = false)
	private String mediaType;

	@Column(nullable = false)
	private long sizeBytes;

	/** Read only to download it: listing documents selects their other columns ({@link DocumentListing}). */
	@JdbcTypeCode(SqlTypes.LONG32VARBINARY)
	@Column(nullable = false)
	private byte[] content;

	@Column(length = 500)
	private String description;

	@Column(nullable = false)
	private String addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	protected ProposalDocument() {
	}

	ProposalDocument(String proposalReference, String fileName, String mediaType, byte[] content, String description,
			String addedBy, Instant addedAt) {
		this.proposalReference = proposalReference;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.description = description;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	Long getId() {
		return id;
	}

	String getProposalReference() {
		return proposalReference;
	}

	String getFileName() {
		return fileName;
	}

	String getMediaType() {
		return mediaType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	byte[] getContent() {
		return content;
	}

	String getDescription() {
		return description;
	}

	String getAddedBy() {
		return addedBy;
	}

	Instant getAddedAt() {
		return addedAt;
	}

}
