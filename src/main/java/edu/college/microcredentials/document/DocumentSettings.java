package edu.college.microcredentials.document;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What may be attached to a proposal ({@code approval.documents.*}, defaults in application.yml). Keep
 * {@code spring.servlet.multipart.max-file-size} a little above {@code max-size}, so an oversized upload reaches the
 * application and gets its message instead of the servlet container's.
 *
 * @param maxSize the largest document accepted
 * @param allowedTypes the media types accepted, as told from a document's bytes ({@link DocumentTypes})
 */
@ConfigurationProperties("approval.documents")
record DocumentSettings(@DefaultValue("10MB") DataSize maxSize, @DefaultValue({ "application/pdf",
		"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
		"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "image/png",
		"image/jpeg", "text/plain", "text/csv" }) List<String> allowedTypes) {

	DocumentTypes types() {
		return new DocumentTypes(allowedTypes);
	}

}
