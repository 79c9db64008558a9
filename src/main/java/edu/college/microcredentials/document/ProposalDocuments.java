package edu.college.microcredentials.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import edu.college.microcredentials.process.People;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalNotFoundException;
import edu.college.microcredentials.proposal.ProposalRecordRemoved;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * The documents of a proposal: attached, listed and opened by whoever may read the proposal
 * ({@link Proposal#mayBeReadBy}), the person always as sign-in established them ({@link SignedIn}).
 * <p>
 * Refusals: {@link ProposalNotFoundException} (no such proposal: 404 at a page), {@link Refusal} NOT_ALLOWED (403,
 * before anything of the proposal or its documents is told), BAD_INPUT (400: empty, too large, not an accepted kind,
 * its name claiming another kind; nothing is stored), CONFLICT (409: the proposal has ended) and
 * {@link DocumentNotFoundException} (no such document of that proposal: 404).
 * <p>
 * Attaching is not a lifecycle {@code Transition} of the proposal: it changes neither its status nor its stage, may
 * happen at any point while a person holds a step, and must not touch the proposal row (its optimistic lock would
 * make an upload and a decision taken at the same moment refuse each other). The document row itself is the history
 * (who, when, what), and {@link DocumentAttached} is published for listeners such as notifications or an audit.
 */
@Service
@Transactional
@EnableConfigurationProperties(DocumentSettings.class)
public class ProposalDocuments {

	private static final int MAX_NAME_LENGTH = 255;

	private final ProposalDocumentRepository documents;

	private final ProposalService proposals;

	private final ApplicationEventPublisher events;

	private final People people;

	private final DocumentTypes types;

	private final long maxSize;

	ProposalDocuments(ProposalDocumentRepository documents, ProposalService proposals,
			ApplicationEventPublisher events, People people, DocumentSettings settings) {
		this.documents = documents;
		this.proposals = proposals;
		this.events = events;
		this.people = people;
		this.types = settings.types();
		this.maxSize = settings.maxSize().toBytes();
	}

	/**
	 * Stores a file as a document of the proposal, its kind told from its bytes.
	 *
	 * @param fileName the name it was uploaded under (a path before it is dropped)
	 * @param content read to its end, at most one byte beyond the size limit
	 * @param declaredSize the size the upload announced, or -1 when unknown: a larger one is refused unread
	 * @param description a few words about it, or {@code null}
	 * @return the stored document as lists show it
	 */
	public DocumentListing attach(String reference, String fileName, InputStream content, long declaredSize,
			String description, SignedIn by) {
		Proposal proposal = readableBy(reference, by);
		// a proposal that has ended keeps its documents as they were when it ended
		if (proposal.getStatus().hasEnded()) {
			throw Refusal.conflict("%s is %s, so documents can no longer be added to it; nothing was stored."
				.formatted(reference, proposal.getStatus().label()));
		}
		String name = cleanName(fileName);
		if (declaredSize > maxSize) {
			throw tooLarge(name, declaredSize);
		}
		byte[] bytes = readAtMostOneBeyondLimit(content);
		if (bytes.length > maxSize) {
			throw Refusal.badInput("%s is larger than %s; documents may be at most %s.".formatted(name,
					megabytes(maxSize), megabytes(maxSize)));
		}
		if (bytes.length == 0) {
			throw Refusal.badInput(name + " is empty; nothing was stored.");
		}
		String mediaType = types.mediaTypeOf(name, bytes);
		String about = cleanDescription(description);
		Instant now = ClockUtil.getCurrentTime().toInstant();
		ProposalDocument document = documents.save(
				new ProposalDocument(reference, name, mediaType, bytes, about, by.userId(), now));
		events.publishEvent(new DocumentAttached(reference, document.getId(), name, by.userId(), now));
		return new DocumentListing(document.getId(), reference, name, mediaType, bytes.length, about, by.userId(),
				by.userId(), now).named(namesOf(Set.of(by.userId())).get(by.userId()));
	}

	/** The proposal's documents in the order they were added, without their content. */
	@Transactional(readOnly = true)
	public List<DocumentListing> listFor(String reference, SignedIn reader) {
		readableBy(reference, reader);
		return listFor(reference);
	}

	/**
	 * The proposal's documents in the order they were added, without their content and without asking who reads:
	 * for the process itself (the summary a decision form shows to the people of its step). Pages and the API use
	 * {@link #listFor(String, SignedIn)}.
	 */
	@Transactional(readOnly = true)
	public List<DocumentListing> listFor(String reference) {
		List<DocumentListing> listed = documents.listFor(reference);
		Map<String, String> names = namesOf(listed.stream().map(DocumentListing::addedBy)
			.collect(Collectors.toSet()));
		return listed.stream().map(document -> document.named(names.get(document.addedBy()))).toList();
	}

	/** A proposal's documents go with its record at the end of the retention period. */
	@EventListener
	void removeAllOf(ProposalRecordRemoved removed) {
		documents.deleteAllOf(removed.reference());
	}

	/** One document with its content, to download. */
	@Transactional(readOnly = true)
	public DocumentContent open(String reference, long documentId, SignedIn reader) {
		readableBy(reference, reader);
		ProposalDocument document = documents.findByIdAndProposalReference(documentId, reference)
			.orElseThrow(() -> new DocumentNotFoundException(reference, documentId));
		return new DocumentContent(document.getId(), document.getFileName(), document.getMediaType(),
				document.getContent());
	}

	private Proposal readableBy(String reference, SignedIn person) {
		Proposal proposal = proposals.find(reference);
		if (person == null || !proposal.mayBeReadBy(person.userId(), person.groupIds())) {
			throw Refusal.notAllowed("Only the author of " + reference
					+ ", its advisory team, reviewing staff and auditors can see and add its documents.");
		}
		return proposal;
	}

	/** The name without any folder a browser sent along (C:\fakepath\...), control characters or excess length. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "").strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw Refusal.badInput("The file has no name; choose a file to attach. Nothing was stored.");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw Refusal.badInput("The file name is %d characters long; rename it to at most %d. Nothing was stored."
				.formatted(name.length(), MAX_NAME_LENGTH));
		}
		return name;
	}

	private static String cleanDescription(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String about = description.strip();
		if (about.length() > 500) {
			throw Refusal.badInput("The description is %d characters long; it may be at most 500. Nothing was stored."
				.formatted(about.length()));
		}
		return about;
	}

	private byte[] readAtMostOneBeyondLimit(InputStream content) {
		try (content) {
			return content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the uploaded file", e);
		}
	}

	private Refusal tooLarge(String name, long size) {
		return Refusal.badInput("%s is %s; documents may be at most %s.".formatted(name, megabytes(size),
				megabytes(maxSize)));
	}

	/**
	 * e.g. 14.2 MB, 10 MB, 0.5 MB (1 MB = 1024 × 1024 bytes, as Spring's sizes count), rounded up so a file just
	 * over the limit does not read as the limit.
	 */
	static String megabytes(long bytes) {
		String number = String.format(Locale.ROOT, "%.1f", Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10);
		return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " MB";
	}

	/** User id to name, from the identity service (the college directory included). */
	private Map<String, String> namesOf(Set<String> userIds) {
		return userIds.stream().collect(Collectors.toMap(userId -> userId, people::name));
	}

}
