package edu.college.microcredentials.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import edu.college.microcredentials.audit.ProposalStories.DecisionRow;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.retention.RemovedRecord;

/** The auditors' read-only API: one proposal's story as JSON or CSV, and the decisions of a period. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ProposalStories stories;

	AuditController(ProposalStories stories) {
		this.stories = stories;
	}

	@GetMapping("/proposals/{reference}")
	ProposalStory story(@PathVariable String reference) {
		return stories.of(reference);
	}

	@GetMapping("/proposals/{reference}/story.csv")
	ResponseEntity<String> storyCsv(@PathVariable String reference) {
		return csv(reference + "-story.csv", AuditCsv.story(stories.of(reference)));
	}

	/** {@code from} and {@code to} are whole days in the college's time zone, both included. */
	@GetMapping("/decisions")
	ResponseEntity<?> decisions(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "json") String format) {
		if (to.isBefore(from)) {
			throw Refusal.badInput("The period ends (" + to + ") before it starts (" + from + ").");
		}
		ZoneId college = ZoneId.systemDefault();
		List<DecisionRow> decisions = stories.decisionsBetween(from.atStartOfDay(college).toInstant(),
				to.plusDays(1).atStartOfDay(college).toInstant());
		return switch (format) {
			case "json" -> ResponseEntity.ok(decisions);
			case "csv" -> csv("decisions-" + from + "-to-" + to + ".csv", AuditCsv.decisions(decisions));
			default -> throw Refusal.badInput("Ask for format=json or format=csv, not '" + format + "'.");
		};
	}

	/** The notes of the proposals whose record and history were removed at the end of the retention period. */
	@GetMapping("/removed-records")
	List<RemovedRecord> removedRecords() {
		return stories.removedRecords();
	}

	private static ResponseEntity<String> csv(String fileName, String content) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
