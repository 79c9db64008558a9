package edu.college.microcredentials.performance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.springframework.context.ConfigurableApplicationContext;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.process.TestUsers;

/**
 * How long people wait for their lists when many proposals are open: the application is filled with open proposals
 * spread over the steps of the development process, taken there through the engine and its forms as the people of
 * each role take them, and then clients signed in as those people ask over HTTP, all at once, for what they open
 * most: Tasklist's "My group's tasks", the register and My proposals.
 */
final class TaskListLatency {

	/** Where the open proposals wait, out of twenty: most at the first assessment, fewest at the Board. */
	private static final List<String> STEP_OF_EVERY_TWENTIETH = List.of("assessConcept", "assessConcept",
			"assessConcept", "assessConcept", "assessConcept", "assessConcept", "assessConcept", "assessConcept",
			"assessConcept", "assessConcept", "endorseConcept", "endorseConcept", "endorseConcept", "endorseConcept",
			"formAdvisoryTeam", "formAdvisoryTeam", "writeFullProposal", "writeFullProposal", "reviewFullProposal",
			"recordBoardDecision");

	/** Each requester has this many open proposals, one at every step in proportion; priya is one of them. */
	private static final int PROPOSALS_PER_AUTHOR = 20;

	private static final int SEEDING_THREADS = 4;

	/** The people the clients sign in as, by role: they take turns over the clients. */
	private static final List<String> READERS = List.of("colin", "sarah", "bella", "priya");

	private static final int WARM_UP_ROUNDS = 10;

	private static final int TIMED_ROUNDS = 60;

	/** As Tasklist 7.24 asks for a filter's first page (cam-tasklist-view-ctrl.js, taskListQuery). */
	private static final String TASKLIST_QUERY = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
			"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	private TaskListLatency() {
	}

	/**
	 * Seeds {@code openProposals} open proposals into the running application, then times the {@code clients}
	 * asking at once; a markdown table of the percentiles, with the number of open tasks and the seeding time.
	 */
	static String measure(ConfigurableApplicationContext application, int openProposals, int clients)
			throws Exception {
		ProcessEngine engine = application.getBean(ProcessEngine.class);
		TestUsers.createAll(engine.getIdentityService());
		List<String> authors = requesters(engine.getIdentityService(),
				Math.max(3, (openProposals + PROPOSALS_PER_AUTHOR - 1) / PROPOSALS_PER_AUTHOR));
		long seedingStarted = System.nanoTime();
		seed(ProposalJourney.of(engine), openProposals, authors);
		double seedingSeconds = (System.nanoTime() - seedingStarted) / 1e9;
		analyze(application.getBean(DataSource.class));
		return timeRequests(application, clients)
				+ "%d open proposals seeded in %.0f s, by %d requesters%n".formatted(openProposals, seedingSeconds,
						authors.size());
	}

	/**
	 * Gives the planner the statistics of the seeded tables, as autovacuum does in production within a minute: the
	 * benchmark server runs without autovacuum, and without statistics PostgreSQL plans the filter's task query as if
	 * the tables were empty (a nested loop taking seconds).
	 */
	private static void analyze(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("ANALYZE");
		}
	}

	/** The clients ask at once, each signed in as one of {@link #READERS}; a table of how long they waited. */
	static String timeRequests(ConfigurableApplicationContext application, int clients) throws Exception {
		ProcessEngine engine = application.getBean(ProcessEngine.class);
		String base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
		String myGroupsTasks = engine.getFilterService().createFilterQuery().filterName("My group's tasks")
			.singleResult().getId();
		Map<String, Latencies> timed = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				List<String> readers = readersOf(client, clients);
				running.add(pool.submit(() -> {
					Map<String, Browser> browsers = new LinkedHashMap<>();
					for (String reader : readers) {
						browsers.put(reader, Browser.signIn(base, reader));
					}
					for (int round = 0; round < WARM_UP_ROUNDS; round++) {
						browsers.values().forEach(
								browser -> askForEverything(browser, myGroupsTasks, (kind, request) -> request.run()));
					}
					for (int round = 0; round < TIMED_ROUNDS; round++) {
						// timed for the person and for everyone asking the same
						browsers.forEach((reader, browser) -> askForEverything(browser, myGroupsTasks,
								(kind, request) -> timed.computeIfAbsent(kind + "\t" + reader, key -> new Latencies())
									.time(() -> timed.computeIfAbsent(kind + "\t", key -> new Latencies())
										.time(request))));
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return table(timed, engine.getTaskService().createTaskQuery().count(), clients);
	}

	/** Who a client signs in as: one of {@link #READERS} each, or, with fewer clients than readers, several in turn. */
	private static List<String> readersOf(int client, int clients) {
		if (clients >= READERS.size()) {
			return List.of(READERS.get(client % READERS.size()));
		}
		List<String> readers = new ArrayList<>();
		for (int reader = client; reader < READERS.size(); reader += clients) {
			readers.add(READERS.get(reader));
		}
		return readers;
	}

	/** A round of a person's day: their group's tasks as Tasklist lists and counts them, the register, their proposals. */
	private static void askForEverything(Browser browser, String filterId, BiConsumer<String, Runnable> ask) {
		String filter = "/camunda/api/engine/engine/default/filter/" + filterId;
		ask.accept("1 \"My group's tasks\": list, first 15 (hal+json)",
				() -> browser.post(filter + "/list?firstResult=0&maxResults=15", TASKLIST_QUERY));
		ask.accept("2 \"My group's tasks\": count", () -> browser.post(filter + "/count", TASKLIST_QUERY));
		ask.accept("3 register, /register", () -> browser.page("/register"));
		ask.accept("4 My proposals, /proposals", () -> browser.page("/proposals"));
	}

	/** Requesters besides the demo cast, so that each has a plausible share of the open proposals. */
	private static List<String> requesters(IdentityService identity, int count) {
		List<String> requesters = new ArrayList<>(List.of("priya"));
		for (int i = 1; requesters.size() < count; i++) {
			String id = "faculty%04d".formatted(i);
			if (identity.createUserQuery().userId(id).count() == 0) {
				User user = identity.newUser(id);
				user.setFirstName("Faculty");
				user.setLastName(String.valueOf(i));
				user.setPassword(id);
				identity.saveUser(user);
				identity.createMembership(id, Role.REQUESTERS.groupId());
			}
			requesters.add(id);
		}
		return requesters;
	}

	/**
	 * Submits the proposals and takes each to its step as the straight path does, on several threads; the advisory
	 * team of each is two other requesters, so no one follows a share out of proportion.
	 */
	private static void seed(ProposalJourney journey, int openProposals, List<String> authors) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(SEEDING_THREADS);
		AtomicInteger done = new AtomicInteger();
		long started = System.nanoTime();
		try {
			List<Future<?>> seeding = new ArrayList<>();
			for (int i = 0; i < openProposals; i++) {
				int number = i;
				seeding.add(pool.submit(() -> {
					takeToItsStep(journey, number, authors);
					int seeded = done.incrementAndGet();
					if (seeded % 500 == 0 || seeded == openProposals) {
						double seconds = (System.nanoTime() - started) / 1e9;
						System.out.printf("seeded %d of %d open proposals in %.0f s (%.1f a second)%n", seeded,
								openProposals, seconds, seeded / seconds);
					}
					return null;
				}));
			}
			for (Future<?> proposal : seeding) {
				proposal.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void takeToItsStep(ProposalJourney journey, int number, List<String> authors) {
		// each author's proposals are twenty in a row, at every step in proportion; the next two authors develop them
		int block = number / STEP_OF_EVERY_TWENTIETH.size();
		String step = STEP_OF_EVERY_TWENTIETH.get(number % STEP_OF_EVERY_TWENTIETH.size());
		String author = authors.get(block % authors.size());
		String lead = authors.get((block + 1) % authors.size());
		String member = authors.get((block + 2) % authors.size());
		String reference = journey.submit(author, DemoConcepts.venipuncture()).getBusinessKey();
		List<String> path = List.of("assessConcept", "endorseConcept", "formAdvisoryTeam", "writeFullProposal",
				"reviewFullProposal", "recordBoardDecision");
		for (String passed : path.subList(0, path.indexOf(step))) {
			switch (passed) {
				case "assessConcept" ->
					journey.complete(reference, passed, "colin", Map.of("decision", "supported"));
				case "endorseConcept", "reviewFullProposal" ->
					journey.complete(reference, passed, "sarah", Map.of("decision", "endorsed"));
				case "formAdvisoryTeam" -> journey.complete(reference, passed, "colin",
						Map.of("advisoryTeamLead", lead, "advisoryTeamMembers", Spin.JSON(List.of(member)),
								"resourcesRequested", false));
				case "writeFullProposal" ->
					journey.complete(reference, passed, lead, DemoConcepts.fullProposal());
				default -> throw new IllegalStateException("no step " + passed + " on the straight path");
			}
		}
	}

	private static String table(Map<String, Latencies> timed, long openTasks, int clients) {
		StringBuilder table = new StringBuilder("""
				| request | who | n | p50 ms | p95 ms | p99 ms |
				| --- | --- | ---: | ---: | ---: | ---: |
				""");
		// by kind, everyone first, then each person
		timed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			String[] kindAndWho = entry.getKey().split("\t", -1);
			table.append(row(kindAndWho[0].substring(2), kindAndWho[1].isEmpty() ? "everyone" : kindAndWho[1],
					entry.getValue()));
		});
		return table.append("\n%d open tasks, %d clients at once; ".formatted(openTasks, clients)).toString();
	}

	private static String row(String kind, String who, Latencies latencies) {
		return "| %s | %s | %d | %.1f | %.1f | %.1f |%n".formatted(kind, who, latencies.count(),
				latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
	}

	/**
	 * A browser signed in to the webapps as Tasklist signs in (session cookie and CSRF token), which the
	 * application's pages share.
	 */
	private record Browser(HttpClient http, CookieManager cookies, String base) {

		static Browser signIn(String base, String user) throws IOException, InterruptedException {
			CookieManager cookies = new CookieManager();
			Browser browser = new Browser(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build(), cookies, base);
			browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).GET(), 200);
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(user, StandardCharsets.UTF_8);
			browser.send(browser.withToken(HttpRequest
				.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)), 200);
			// signing in starts a new session; its CSRF token comes with the next read, as Tasklist's does
			browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET(), 200);
			return browser;
		}

		String post(String path, String json) {
			return send(withToken(HttpRequest.newBuilder(URI.create(base + path)))
				.header("Content-Type", "application/json")
				.header("Accept", "application/hal+json, application/json; q=0.5")
				.POST(HttpRequest.BodyPublishers.ofString(json)), 200);
		}

		String page(String path) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET(), 200);
		}

		private HttpRequest.Builder withToken(HttpRequest.Builder request) {
			cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
			return request;
		}

		private String send(HttpRequest.Builder request, int expectedStatus) {
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != expectedStatus) {
					throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
							+ ": " + response.body());
				}
				return response.body();
			}
			catch (IOException | InterruptedException failed) {
				throw new IllegalStateException(failed);
			}
		}

	}

}
