package edu.college.microcredentials.document;

import java.time.Instant;

/**
 * A document as a list shows it, without its content: {@code addedByName} is the person's name from the identity
 * service, or their user id when it knows no name.
 */
public record DocumentListing(long id, String reference, String fileName, String mediaType, long sizeBytes,
		String description, String addedBy, String addedByName, Instant addedAt) {

	/** Where the application serves it for download. */
	public String url() {
		return "/proposals/" + reference + "/documents/" + id;
	}

	DocumentListing named(String name) {
		return new DocumentListing(id, reference, fileName, mediaType, sizeBytes, description, addedBy,
				name == null || name.isBlank() ? addedBy : name, addedAt);
	}

}
