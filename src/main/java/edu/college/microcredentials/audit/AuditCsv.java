package edu.college.microcredentials.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import edu.college.microcredentials.audit.ProposalStories.DecisionRow;
import edu.college.microcredentials.audit.ProposalStory.Event;

/** The exports as CSV: a header row, then one line per event or decision, quoted as RFC 4180 says. */
final class AuditCsv {

	static final List<String> STORY_HEADER = List.of("at", "event", "stage", "who", "outcome", "reason", "revision",
			"detail");

	static final List<String> DECISIONS_HEADER = List.of("reference", "title", "stage", "stage name", "outcome",
			"reason", "decided by", "decided at", "revision");

	private AuditCsv() {
	}

	static String story(ProposalStory story) {
		return write(STORY_HEADER, story.events(), event -> new Object[] { event.at(), event.kind(), event.stage(),
				event.who(), event.outcome(), event.reason(), event.revision(), event.detail() });
	}

	static String decisions(List<DecisionRow> decisions) {
		return write(DECISIONS_HEADER, decisions, decision -> new Object[] { decision.reference(), decision.title(),
				decision.stage(), decision.stageName(), decision.outcome(), decision.reason(), decision.decidedBy(),
				decision.decidedAt(), decision.revision() });
	}

	private static <T> String write(List<String> header, List<T> rows, Function<T, Object[]> columns) {
		StringWriter csv = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(csv, format)) {
			for (T row : rows) {
				printer.printRecord(columns.apply(row));
			}
		}
		catch (IOException impossible) {
			// a StringWriter does not fail
			throw new UncheckedIOException(impossible);
		}
		return csv.toString();
	}

}
