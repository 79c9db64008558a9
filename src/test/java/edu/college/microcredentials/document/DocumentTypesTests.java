package edu.college.microcredentials.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import edu.college.microcredentials.process.Refusal;

/**
 * A document's kind is told from its bytes, with real files from src/test/resources/documents: the accepted kinds
 * pass under their own names, and a file whose bytes say something else than its name is refused with a message.
 */
class DocumentTypesTests {

	static final DocumentTypes TYPES = new DocumentTypes(List.of("application/pdf",
			"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.text", "image/png", "image/jpeg", "text/plain", "text/csv"));

	@ParameterizedTest
	@CsvSource({
		"endorsement-letter.pdf, Letter of endorsement.pdf, application/pdf",
		"budget.xlsx, budget.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		"budget.xlsx, budget, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		"curriculum-map.docx, Curriculum map.DOCX, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"course-outline.odt, course-outline.odt, application/vnd.oasis.opendocument.text",
		"partner-logo.png, partner-logo.png, image/png",
		"budget.csv, budget.csv, text/csv",
		"budget.csv, budget.txt, text/plain" })
	void acceptedKindsPassUnderTheirOwnNames(String sample, String fileName, String mediaType) {
		assertThat(TYPES.mediaTypeOf(fileName, sample(sample))).isEqualTo(mediaType);
	}

	@Test
	void aProgramNamedLikeAPdfIsRefused() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("budget.pdf", sample("program-named.pdf")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.BAD_INPUT))
			.hasMessage("budget.pdf is not a PDF, Office document, image or plain text (it looks like an executable"
					+ " program); nothing was stored.");
	}

	@Test
	void aWebPageNamedLikeAPdfIsRefused() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("budget.pdf", sample("html-named.pdf")))
			.hasMessage("budget.pdf is not a PDF, Office document, image or plain text (it looks like a web page"
					+ " (HTML)); nothing was stored.");
	}

	@Test
	void textNamedLikeAnImageIsRefusedThoughTextIsAccepted() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("partner-logo.png", sample("text-named.png")))
			.hasMessage("partner-logo.png is not a PNG image as its name says (it looks like plain text); nothing"
					+ " was stored.");
	}

	@Test
	void aPdfNamedLikeAWordDocumentIsRefused() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("curriculum-map.docx", sample("endorsement-letter.pdf")))
			.hasMessage("curriculum-map.docx is not a Word document as its name says (it looks like a PDF); nothing"
					+ " was stored.");
	}

	@Test
	void aZipArchiveNamedLikeAWordDocumentIsRefused() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("curriculum-map.docx", sample("archive-named.docx")))
			.hasMessage("curriculum-map.docx is not a PDF, Office document, image or plain text (it looks like a ZIP"
					+ " archive); nothing was stored.");
	}

	@Test
	void aWordDocumentNamedLikeAWorkbookIsRefused() {
		assertThatThrownBy(() -> TYPES.mediaTypeOf("budget.xlsx", sample("curriculum-map.docx")))
			.isInstanceOf(Refusal.class)
			.hasMessageStartingWith("budget.xlsx is not ");
	}

	@Test
	void withoutTextInTheListPlainTextIsRefusedAsNotADocument() {
		DocumentTypes pdfOnly = new DocumentTypes(List.of("application/pdf"));
		assertThatThrownBy(() -> pdfOnly.mediaTypeOf("notes.txt", sample("budget.csv")))
			.hasMessage("notes.txt is not a PDF, Office document or image (it looks like plain text); nothing was"
					+ " stored.");
	}

	static byte[] sample(String name) {
		try (InputStream in = DocumentTypesTests.class.getResourceAsStream("/documents/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
