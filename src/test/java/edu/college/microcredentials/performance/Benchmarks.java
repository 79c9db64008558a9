package edu.college.microcredentials.performance;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;

import edu.college.microcredentials.operations.ApplicationNode;
import edu.college.microcredentials.performance.BenchmarkApplication.Database;
import edu.college.microcredentials.performance.JourneyAgainstBareEngine.Run;
import edu.college.microcredentials.performance.JourneyAgainstBareEngine.Statements;

/**
 * The benchmark behind docs/performance.md: {@code ./mvnw -Pbenchmark verify} builds the application and runs this
 * in a JVM of its own with a flight recording (target/benchmark.jfr). It writes its tables to
 * target/benchmark/report.md and asserts nothing: the figures are read, not enforced. The argument names the parts to
 * run: {@code comparison} (the journey against the bare engine, on H2 and on PostgreSQL), {@code tasklist} (task
 * lists and pages at 10,000 open proposals on PostgreSQL), {@code startup} (the packaged application on H2).
 */
public final class Benchmarks {

	private static final int CASES = Integer.getInteger("benchmark.cases", 200);

	private static final int WARM_UP_CASES = Integer.getInteger("benchmark.warm-up-cases", 30);

	private static final int OPEN_PROPOSALS = Integer.getInteger("benchmark.open-proposals", 10_000);

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

	private static final List<Database> DATABASES = Arrays.stream(System.getProperty("benchmark.databases",
			"H2,POSTGRESQL").split(",")).map(Database::valueOf).toList();

	/** The start-ups timed so far, each with a log of its own (target/nodes/startup-N.log). */
	private static final AtomicInteger STARTS = new AtomicInteger();

	private static final Path REPORT = Path.of("target", "benchmark", "report.md");

	private final StringBuilder report = new StringBuilder();

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> parts = Set.of((args.length > 0 ? args[0] : "comparison,tasklist,startup").split(","));
		Benchmarks benchmarks = new Benchmarks();
		benchmarks.heading();
		if (parts.contains("comparison")) {
			benchmarks.comparison();
		}
		if (parts.contains("tasklist")) {
			benchmarks.taskLists();
		}
		if (parts.contains("startup")) {
			benchmarks.startUp();
		}
		// the applications' non-daemon threads (web servers, schedulers) are closed; the engine's may linger
		System.exit(0);
	}

	private void heading() throws IOException {
		write("# Benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + "\n\n"
				+ "%d cores, Java %s, heap up to %d MB; %d measured cases per run after %d warm-up cases.%n%n".formatted(
						Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
						Runtime.getRuntime().maxMemory() >> 20, CASES, WARM_UP_CASES));
	}

	private void comparison() throws Exception {
		List<String> throughput = new ArrayList<>();
		List<String> statements = new ArrayList<>();
		List<String> steps = new ArrayList<>();
		for (Database database : DATABASES) {
			try (ConfigurableApplicationContext application = BenchmarkApplication.start(database)) {
				JourneyAgainstBareEngine comparison = JourneyAgainstBareEngine.on(application);
				try {
					comparison.warmUp(WARM_UP_CASES);
					for (int threads : new int[] { 1, 4 }) {
						Run journey = comparison.journey(threads, CASES);
						Run bare = comparison.bare(threads, CASES);
						throughput.add(throughputRow(database, journey, bare));
						progress(throughput.get(throughput.size() - 1));
					}
					Statements journey = comparison.statements(true);
					Statements bare = comparison.statements(false);
					statements.add("| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.2f× | %.1f | %.1f |"
						.formatted(database, journey.perStart(), journey.roundTripsPerStart(), bare.perStart(),
								bare.roundTripsPerStart(), journey.perCompletion(), journey.roundTripsPerCompletion(),
								bare.perCompletion(), bare.roundTripsPerCompletion(),
								journey.perCompletion() / bare.perCompletion(), journey.sqlMillisPerCompletion(),
								bare.sqlMillisPerCompletion()));
					StringBuilder row = new StringBuilder("| " + database + " |");
					journey.byStep().values().forEach(count -> row.append(" %d / %d |".formatted(count.statements(),
							count.roundTrips())));
					steps.add(row.toString());
					if (steps.size() == 1) {
						steps.add(0, "| database | " + String.join(" | ", journey.byStep().keySet()) + " |");
						steps.add(1, "|---".repeat(journey.byStep().size() + 1) + "|");
					}
				}
				finally {
					comparison.close();
				}
			}
		}
		write("""
				## The journey against the bare engine

				Cases per second (whole cases, start to last task, per client thread count) and the time one submission
				of a task form takes (p50 / p95 / p99, ms); the bare process has as many user tasks and nothing else.

				| database | client threads | journey cases/s | bare cases/s | journey ÷ bare | journey task p50 / p95 / p99 | bare task p50 / p95 / p99 | journey start p50 / p95 / p99 | bare start p50 / p95 / p99 | failed (journey, bare) |
				|---|---|---|---|---|---|---|---|---|---|
				%s

				SQL statements / round trips to the database (a JDBC batch is one round trip), on the thread that submits:

				| database | journey per start | bare per start | journey per completion | bare per completion | journey ÷ bare per completion | journey ms in SQL per completion | bare ms in SQL per completion |
				|---|---|---|---|---|---|---|---|
				%s

				The journey's statements / round trips by step:

				%s

				""".formatted(String.join("\n", throughput), String.join("\n", statements), String.join("\n", steps)));
	}

	private static String throughputRow(Database database, Run journey, Run bare) {
		return "| %s | %d | %.1f | %.1f | %.2f | %s | %s | %s | %s | %d, %d |".formatted(database, journey.threads(),
				journey.casesPerSecond(), bare.casesPerSecond(), journey.casesPerSecond() / bare.casesPerSecond(),
				journey.completions().summary(), bare.completions().summary(), journey.starts().summary(),
				bare.starts().summary(), journey.failed(), bare.failed());
	}

	private void taskLists() throws Exception {
		try (ConfigurableApplicationContext application = BenchmarkApplication.start(Database.POSTGRESQL)) {
			write("## Task lists and pages at %d open proposals, %d clients, PostgreSQL%n%n%s%n%n".formatted(OPEN_PROPOSALS,
					CLIENTS, TaskListLatency.measure(application, OPEN_PROPOSALS, CLIENTS)));
			// the same requests one at a time: what one person waits for when nobody else asks
			write("### The same, one client%n%n%s%n%n".formatted(TaskListLatency.timeRequests(application, 1)));
		}
	}

	/**
	 * The packaged application as README.md starts it: first on a new H2 file (schema created, diagrams deployed, demo
	 * proposals made), then restarted on that file, as it starts every day after; then restarted from the extracted jar
	 * with a class data sharing archive made by a training run (docs/operations.md, "Starting faster").
	 */
	private void startUp() throws Exception {
		List<String> rows = new ArrayList<>();
		Path data = Files.createTempDirectory("startup");
		List<String> settings = List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("micro-credentials")
				+ ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
		Path jar = ApplicationNode.packagedJar();
		for (String start : List.of("first start, new database", "restart", "restart")) {
			rows.add(timedStart(start, jar, List.of(), settings));
		}
		Path extracted = Files.createTempDirectory("extracted");
		run(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
				extracted.toString()));
		Path application = extracted.resolve(jar.getFileName());
		Path archive = extracted.resolve("application.jsa");
		List<String> training = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
				"-Dspring.context.exit=onRefresh", "-jar", application.toString(), "--server.port=0"));
		training.addAll(settings);
		run(training);
		for (int restart = 1; restart <= 2; restart++) {
			rows.add(timedStart("restart, extracted jar with its class data sharing archive", application,
					List.of("-XX:SharedArchiveFile=" + archive), settings));
		}
		write("""
				## Start-up on H2

				From launching `java -jar` to the first `UP` of `/actuator/health/readiness`, which comes once start-up
				work is done (schema, diagrams, demo data, search indexes):

				| run | start | ready after |
				|---|---|---|
				%s

				""".formatted(String.join("\n", rows)));
	}

	private static String timedStart(String start, Path jar, List<String> jvmOptions, List<String> settings)
			throws Exception {
		int run = STARTS.incrementAndGet();
		try (ApplicationNode node = ApplicationNode.start("startup-" + run, jar, jvmOptions, settings)) {
			String row = "| %d | %s | %.1f s |".formatted(run, start, node.startedIn().toMillis() / 1000.0);
			progress(row);
			node.stop();
			return row;
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Path log = Path.of("target", "nodes", "cds-training.log");
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + " failed: see target/nodes/cds-training.log");
		}
	}

	private void write(String section) throws IOException {
		report.append(section);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report);
		System.out.print(section);
	}

	private static void progress(String line) {
		System.out.println(line + "   (" + Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime())
			.truncatedTo(ChronoUnit.SECONDS) + " since start)");
	}

}
