package edu.college.microcredentials.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;
import edu.college.microcredentials.security.WithoutAuthorization;

/**
 * The pipeline in figures for the CE team, the SMT and administrators: proposals per stage, days in the current
 * stage, overdue steps, steps finished after their due date (SLA breaches, from the engine's history), decisions per
 * month and the days from submission to the Board's decision. Every figure names the proposals behind it.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final int MONTHS = 12;

	private final RegisterEntries entries;

	private final ProposalService proposals;

	private final ProcessEngine engine;

	Dashboard(RegisterEntries entries, ProposalService proposals, ProcessEngine engine) {
		this.entries = entries;
		this.proposals = proposals;
		this.engine = engine;
	}

	/** One bar or number: what it counts, how many, where the proposals behind it are listed, and which they are. */
	public record Bar(String label, double value, String link, List<String> references) {
	}

	/** One figure: a title, a sentence saying what it shows, and its bars. */
	public record Figure(String id, String title, String explanation, String unit, List<Bar> bars) {
	}

	public record Figures(Instant at, int open, int overdue, List<Figure> figures) {
	}

	public Figures figures() {
		Instant now = Instant.now();
		List<RegisterEntry> all = entries.findAll();
		List<RegisterEntry> open = all.stream().filter(entry -> entry.getStatus() == ProposalStatus.IN_PROGRESS
				|| entry.getStatus() == ProposalStatus.UNDER_REVIEW).toList();
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("perStage", "Proposals per stage", "Proposals under way, by the step they are at.",
				"proposals", byStage(open, entries -> entries.size(), stage -> registerLink(stage, false))));
		figures.add(new Figure("daysInStage", "Days in the current stage",
				"The average number of days the proposals at each step have waited there.", "days",
				byStage(open.stream().filter(entry -> entry.getStageSince() != null).toList(),
						entries -> entries.stream().mapToLong(entry -> RegisterPages.daysSince(entry.getStageSince(),
								now)).average().orElse(0), stage -> registerLink(stage, false) + "&order=LONGEST_IN_STAGE")));
		List<RegisterEntry> overdue = open.stream().filter(entry -> entry.isOverdue(now)).toList();
		figures.add(new Figure("overdue", "Overdue now", "Steps past their due date, by step.", "proposals",
				byStage(overdue, entries -> entries.size(), stage -> registerLink(stage, true))));
		figures.add(breaches(now));
		List<Proposal> decided = proposals.decidedBetween(monthStart(now).minusMonths(MONTHS - 1)
			.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), now.plusSeconds(1));
		figures.add(decisionsPerMonth(decided, now));
		figures.add(submissionToBoard(decided, now));
		return new Figures(now, open.size(), overdue.size(), figures);
	}

	/** Every figure as CSV: one line per bar with the references behind it. */
	public String csv(Figures figures) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader("figure", "label", "value", "unit", "proposals").get())) {
			for (Figure figure : figures.figures()) {
				for (Bar bar : figure.bars()) {
					csv.printRecord(figure.title(), bar.label(), format(bar.value()), figure.unit(),
							String.join(" ", bar.references()));
				}
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f",
				value);
	}

	private static List<Bar> byStage(List<RegisterEntry> entries, Function<List<RegisterEntry>, Number> value,
			Function<String, String> link) {
		Map<String, List<RegisterEntry>> byStage = entries.stream().filter(entry -> entry.getStage() != null)
			.collect(Collectors.groupingBy(RegisterEntry::getStage, TreeMap::new, Collectors.toList()));
		return byStage.entrySet().stream().map(stage -> new Bar(stage.getKey(),
				Math.round(value.apply(stage.getValue()).doubleValue() * 10) / 10.0, link.apply(stage.getKey()),
				stage.getValue().stream().map(RegisterEntry::getReference).sorted().toList())).toList();
	}

	private static String registerLink(String stage, boolean overdue) {
		return UriComponentsBuilder.fromPath("/register").queryParam("stage", stage)
			.queryParam("overdue", overdue).encode().build().toUriString();
	}

	/** Steps finished after their due date, per month they finished in: from the engine's history of tasks. */
	private Figure breaches(Instant now) {
		Date from = Date.from(monthStart(now).minusMonths(MONTHS - 1).atDay(1).atStartOfDay(ZoneId.systemDefault())
			.toInstant());
		Map<YearMonth, List<String>> byMonth = emptyMonths(now);
		WithoutAuthorization.read(engine, () -> {
			List<HistoricTaskInstance> late = engine.getHistoryService().createHistoricTaskInstanceQuery().finished()
				.taskDueAfter(from).list().stream()
				.filter(task -> task.getDueDate() != null && task.getEndTime() != null
						&& task.getEndTime().after(task.getDueDate()))
				.toList();
			Set<String> instances = late.stream().map(HistoricTaskInstance::getProcessInstanceId)
				.collect(Collectors.toSet());
			Map<String, String> references = instances.isEmpty() ? Map.of()
					: engine.getHistoryService().createHistoricProcessInstanceQuery()
						.processInstanceIds(instances).list().stream()
						.filter(instance -> instance.getBusinessKey() != null)
						.collect(Collectors.toMap(HistoricProcessInstance::getId,
								HistoricProcessInstance::getBusinessKey));
			late.forEach(task -> {
				List<String> month = byMonth.get(YearMonth.from(task.getEndTime().toInstant()
					.atZone(ZoneId.systemDefault())));
				if (month != null && references.containsKey(task.getProcessInstanceId())) {
					month.add(references.get(task.getProcessInstanceId()));
				}
			});
			return null;
		});
		return new Figure("breaches", "Steps finished late (SLA breaches)",
				"Decision steps finished after their due date, by the month they finished in.", "steps",
				monthBars(byMonth, references -> references.size(), "breaches"));
	}

	private Figure decisionsPerMonth(List<Proposal> decided, Instant now) {
		Map<YearMonth, List<String>> byMonth = emptyMonths(now);
		decided.forEach(proposal -> proposal.getDecisions().forEach(decision -> {
			List<String> month = byMonth.get(month(decision.getDecidedAt()));
			if (month != null) {
				month.add(proposal.getReference());
			}
		}));
		return new Figure("decisions", "Decisions per month", "Decisions recorded at any step, by month.",
				"decisions", monthBars(byMonth, references -> references.size(), "decisions"));
	}

	private Figure submissionToBoard(List<Proposal> decided, Instant now) {
		Map<YearMonth, List<String>> byMonth = emptyMonths(now);
		Map<YearMonth, List<Long>> days = new TreeMap<>();
		decided.forEach(proposal -> proposal.getDecisions().stream()
			.filter(decision -> decision.getStage().equals("recordBoardDecision"))
			.forEach(decision -> {
				YearMonth month = month(decision.getDecidedAt());
				if (byMonth.containsKey(month) && proposal.getSubmittedAt() != null) {
					byMonth.get(month).add(proposal.getReference());
					days.computeIfAbsent(month, m -> new ArrayList<>())
						.add(Duration.between(proposal.getSubmittedAt(), decision.getDecidedAt()).toDays());
				}
			}));
		List<Bar> bars = byMonth.entrySet().stream().map(month -> new Bar(month.getKey().toString(),
				days.getOrDefault(month.getKey(), List.of()).stream().mapToLong(Long::longValue).average().orElse(0),
				"#board-" + month.getKey(), List.copyOf(month.getValue()))).toList();
		return new Figure("toBoard", "Days from submission to the Board",
				"The average days from a concept's submission to the Board's decision, by the month the Board decided.",
				"days", bars);
	}

	private static List<Bar> monthBars(Map<YearMonth, List<String>> byMonth, Function<List<String>, Number> value,
			String anchor) {
		return byMonth.entrySet().stream().map(month -> new Bar(month.getKey().toString(),
				value.apply(month.getValue()).doubleValue(), "#" + anchor + "-" + month.getKey(),
				month.getValue().stream().distinct().sorted().toList())).toList();
	}

	private static Map<YearMonth, List<String>> emptyMonths(Instant now) {
		Map<YearMonth, List<String>> months = new LinkedHashMap<>();
		YearMonth current = monthStart(now);
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.put(current.minusMonths(i), new ArrayList<>());
		}
		return months;
	}

	private static YearMonth monthStart(Instant at) {
		return YearMonth.from(at.atZone(ZoneId.systemDefault()));
	}

	private static YearMonth month(Instant at) {
		return YearMonth.from(at.atZone(ZoneId.systemDefault()));
	}

}
