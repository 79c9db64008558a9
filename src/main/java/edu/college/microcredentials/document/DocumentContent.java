package edu.college.microcredentials.document;

/**
 * A document to download: its name as given when it was attached, its media type as told from its bytes, and the
 * bytes. Serve it as an attachment with this media type (and {@code X-Content-Type-Options: nosniff}), never inline
 * as whatever its name suggests.
 */
public record DocumentContent(long id, String fileName, String mediaType, byte[] content) {

	public long size() {
		return content.length;
	}

}
