package edu.college.microcredentials.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import edu.college.microcredentials.process.Refusal;

/**
 * Which kind of document a file is, told from its bytes (Apache Tika's magic numbers), never from its name or the
 * browser's say-so: a browser sends whatever type the name suggests, so {@code budget.pdf} may be a program or a web
 * page with a script in it, which another member of staff would then open. The name only refines what the bytes
 * show to be a container (a ZIP archive is a Word document when it is named {@code .docx} and holds Word's parts; an
 * older Office file is a workbook when named {@code .xls}); a name that says one kind while the bytes say another is
 * refused too.
 */
final class DocumentTypes {

	private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

	private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();

	/** Office Open XML files are ZIP archives; these are the parts that make one a document, workbook or deck. */
	private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/");

	private static final Map<String, String> NAMES = Map.ofEntries(
			Map.entry("application/pdf", "a PDF"),
			Map.entry("application/msword", "a Word document"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"),
			Map.entry("application/vnd.ms-excel", "an Excel workbook"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook"),
			Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
					"a PowerPoint presentation"),
			Map.entry("application/vnd.oasis.opendocument.text", "an OpenDocument text"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
			Map.entry("image/png", "a PNG image"),
			Map.entry("image/jpeg", "a JPEG image"),
			Map.entry("image/gif", "a GIF image"),
			Map.entry("image/svg+xml", "an SVG drawing, which can carry scripts"),
			Map.entry("text/plain", "plain text"),
			Map.entry("text/csv", "a CSV table"),
			Map.entry("text/html", "a web page (HTML)"),
			Map.entry("application/xhtml+xml", "a web page (HTML)"),
			Map.entry("application/javascript", "a script"),
			Map.entry("application/zip", "a ZIP archive"),
			Map.entry("application/x-tika-ooxml", "a ZIP archive"),
			Map.entry("application/x-tika-msoffice", "an older Office file whose name does not say its kind"
					+ " (.doc, .xls or .ppt)"),
			Map.entry("application/octet-stream", "data of an unknown kind"));

	/** Programs, whatever their platform: named here so the message says what the person has in hand. */
	private static final Set<MediaType> PROGRAMS = Set.of(MediaType.application("x-executable"),
			MediaType.application("x-elf"), MediaType.application("x-sharedlib"), MediaType.application("x-msdownload"),
			MediaType.application("x-dosexec"), MediaType.application("x-mach-o"),
			MediaType.application("java-archive"), MediaType.application("java-vm"), MediaType.application("x-sh"),
			MediaType.application("x-bat"), MediaType.application("x-msdos-program"));

	private final Set<String> allowed;

	DocumentTypes(Collection<String> allowed) {
		this.allowed = allowed.stream().map(type -> MediaType.parse(type.trim()).getBaseType().toString())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The media type of {@code content}, if it is a kind of document the college accepts and its name does not
	 * claim another kind; otherwise a {@link Refusal} (bad input) saying what the file looks like and that nothing
	 * was stored.
	 */
	String mediaTypeOf(String fileName, byte[] content) {
		MediaType detected = detect(fileName, content);
		if (!allowed.contains(detected.toString())) {
			throw Refusal.badInput("%s is not %s (it looks like %s); nothing was stored.".formatted(fileName,
					acceptedKinds(), describe(detected)));
		}
		MediaType named = TIKA.getMimeType(fileName).getType();
		if (!named.equals(MediaType.OCTET_STREAM) && !named.equals(detected)) {
			throw Refusal.badInput("%s is not %s as its name says (it looks like %s); nothing was stored."
				.formatted(fileName, describe(named), describe(detected)));
		}
		return detected.toString();
	}

	/** What the bytes are, the name refining a container type; an Office Open XML type only with its parts. */
	static MediaType detect(String fileName, byte[] content) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		MediaType detected;
		try (TikaInputStream in = TikaInputStream.get(content)) {
			detected = TIKA.detect(in, metadata).getBaseType();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (detected.toString().equals("application/x-tika-ooxml")) {
			// an Office Open XML file whose name does not say which: its main part does
			return OOXML_MAIN_PARTS.entrySet().stream()
				.filter(kind -> holdsOfficeParts(content, kind.getValue()))
				.map(kind -> MediaType.parse(kind.getKey()))
				.findFirst()
				.orElse(MediaType.APPLICATION_ZIP);
		}
		String mainPart = OOXML_MAIN_PARTS.get(detected.toString());
		if (mainPart != null && !holdsOfficeParts(content, mainPart)) {
			return MediaType.APPLICATION_ZIP;
		}
		return detected;
	}

	/** Whether the ZIP archive has the content types and the main part of the Office Open XML file it claims to be. */
	private static boolean holdsOfficeParts(byte[] content, String mainPart) {
		boolean contentTypes = false;
		boolean main = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				main |= entry.getName().startsWith(mainPart);
			}
		}
		catch (ZipException e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return contentTypes && main;
	}

	/** How a person would call a kind of file, e.g. "an executable program", "a web page (HTML)". */
	static String describe(MediaType type) {
		for (MediaType kind = type; kind != null; kind = REGISTRY.getSupertype(kind)) {
			if (PROGRAMS.contains(kind)) {
				return "an executable program";
			}
			// every type is some kind of octet stream: that says "unknown" only of the bytes Tika knows nothing about
			if (NAMES.containsKey(kind.toString()) && (kind.equals(type) || !kind.equals(MediaType.OCTET_STREAM))) {
				return NAMES.get(kind.toString());
			}
		}
		String description = description(type);
		return description.isBlank() ? "a file of type " + type : "a file of type " + type + " (" + description + ")";
	}

	private static String description(MediaType type) {
		try {
			String description = TIKA.forName(type.toString()).getDescription();
			return description == null ? "" : description;
		}
		catch (MimeTypeException e) {
			return "";
		}
	}

	private String acceptedKinds() {
		boolean text = allowed.contains("text/plain") || allowed.contains("text/csv");
		return text ? "a PDF, Office document, image or plain text" : "a PDF, Office document or image";
	}

}
