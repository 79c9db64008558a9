package edu.college.microcredentials.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import edu.college.microcredentials.document.DocumentListing;
import edu.college.microcredentials.document.ProposalDocuments;
import edu.college.microcredentials.process.People;
import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * The pack for one meeting of the Senior Management Team or the Board: every proposal awaiting that body's decision,
 * each with its summary, the earlier decisions and their reasons, the resource plan, the quality review's outcome and
 * its documents. One HTML page ({@code register/pack}), printable, and the same page as PDF (openhtmltopdf).
 */
@Service
@Transactional(readOnly = true)
public class MeetingPacks {

	/** A body that meets to decide, and the steps where proposals wait for it. */
	public enum Body {

		SMT("Senior Management Team", List.of("endorseConcept", "reviewFullProposal")),
		BOARD("Board of Governors", List.of("recordBoardDecision"));

		private final String title;

		private final List<String> steps;

		Body(String title, List<String> steps) {
			this.title = title;
			this.steps = steps;
		}

		public String title() {
			return title;
		}

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

		List<String> steps() {
			return steps;
		}

		static Body of(String slug) {
			return valueOf(slug.toUpperCase(Locale.ROOT));
		}

	}

	/** The pack's stylesheet, written into the page for the PDF renderer (the browser links it). */
	private static final String STYLESHEET = stylesheet();

	private final RegisterEntries entries;

	private final ProposalService proposals;

	private final ProposalDocuments documents;

	private final People people;

	private final ITemplateEngine templates;

	MeetingPacks(RegisterEntries entries, ProposalService proposals, ProposalDocuments documents, People people,
			ITemplateEngine templates) {
		this.entries = entries;
		this.proposals = proposals;
		this.documents = documents;
		this.people = people;
		this.templates = templates;
	}

	/** What awaits {@code body}'s decision at its meeting on {@code date}: every proposal waiting for it now. */
	public Pack pack(Body body, LocalDate date) {
		Instant meeting = date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
		List<Item> items = entries.findByStepInOrderBySubmittedAt(body.steps).stream()
			.filter(entry -> entry.getStageSince() == null || entry.getStageSince().isBefore(meeting))
			.map(entry -> item(entry, proposals.find(entry.getReference())))
			.sorted(Comparator.comparing(Item::reference))
			.toList();
		return new Pack(body, date, Instant.now(), items);
	}

	/** The pack as an HTML page of its own, the same for the browser and the PDF. */
	public String html(Pack pack, boolean forPrint) {
		Context context = new Context(Locale.UK);
		context.setVariable("pack", pack);
		context.setVariable("forPrint", forPrint);
		context.setVariable("css", STYLESHEET);
		return templates.process("register/pack", context);
	}

	public byte[] pdf(Pack pack) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html(pack, true), null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return pdf.toByteArray();
	}

	private static String stylesheet() {
		try (var css = MeetingPacks.class.getResourceAsStream("/static/app/pack.css")) {
			return new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException missing) {
			throw new IllegalStateException("static/app/pack.css is missing from the application", missing);
		}
	}

	private Item item(RegisterEntry entry, Proposal proposal) {
		Concept concept = proposal.currentConcept();
		List<Decision> decisions = proposal.getDecisions();
		Optional<Decision> quality = decisions.stream().filter(decision -> decision.getStage()
				.equals("reviewCurriculumQuality")).reduce((earlier, later) -> later);
		return new Item(proposal.getReference(), concept.getTitle(), concept.getProgramArea(),
				people.name(proposal.getAuthor()), entry.getStage(), entry.getStageSince(), entry.getDueAt(),
				concept.getPurpose(), concept.getTargetAudience(),
				concept.getCompetencies().stream().map(Competency::name).toList(), concept.getLearningOutcomes(),
				concept.getInstructionalHours(), concept.getDurationWeeks(), concept.getIndustryPartner(),
				decisions.stream().map(decision -> new EarlierDecision(decision.getStageName(),
						decision.outcomeInWords(), decision.getReason(), people.name(decision.getDecidedBy()),
						decision.getDecidedAt())).toList(),
				proposal.getResourcePlan(), proposal.getResourceRequest(), concept.getResourcesNeeded(),
				quality.map(decision -> decision.outcomeInWords()
						+ (decision.getReason() == null ? "" : ": " + decision.getReason())).orElse(null),
				quality.map(decision -> decision.getFindings().stream().map(finding -> finding.label() + ": "
						+ finding.finding() + (finding.response() == null ? "" : " (answered: " + finding.response()
								+ ")")).toList()).orElse(List.of()),
				documents.listFor(proposal.getReference()).stream().map(Pack::documentLine).toList());
	}

	public record Pack(Body body, LocalDate date, Instant made, List<Item> items) {

		static String documentLine(DocumentListing document) {
			return document.fileName() + (document.description() == null || document.description().isBlank() ? ""
					: " \u2014 " + document.description()) + " (added by " + document.addedByName() + ")";
		}

		public Map<String, String> title() {
			return Map.of("body", body.title(), "date", date.toString());
		}

	}

	public record Item(String reference, String title, String programArea, String author, String stage,
			Instant waitingSince, Instant due, String purpose, String targetAudience, List<String> competencies,
			String learningOutcomes, Integer instructionalHours, Integer durationWeeks, String industryPartner,
			List<EarlierDecision> decisions, String resourcePlan, String resourceRequest, String resourcesNeeded,
			String qualityReview, List<String> qualityFindings, List<String> documents) {
	}

	public record EarlierDecision(String stage, String outcome, String reason, String by, Instant at) {
	}

}
