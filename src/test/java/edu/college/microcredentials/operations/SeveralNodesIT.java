package edu.college.microcredentials.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.LocalPostgres;
import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.process.TasklistRestClient;

/**
 * Two application nodes, separate JVMs on their own ports, on one PostgreSQL database: Camunda 7's cluster model,
 * every node running the engine and its job executor. Proposals are started on one node and decided on the other;
 * two people decide the same step on both at once; reminders fire once while one node is killed with {@code kill -9}
 * holding jobs, which the other takes over when their locks expire; and a restart keeps everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

	/** How long a node keeps the jobs it took; a dead node's jobs wait this long for another node. */
	static final Duration LOCK_TIME = Duration.ofSeconds(15);

	/** The assessors' reminder, on these nodes seconds after a concept arrives instead of two weeks. */
	static final Duration REMINDER_AFTER = Duration.ofSeconds(30);

	static final Map<String, String> PEOPLE = Map.of("priya", Role.REQUESTERS.groupId(), "colin",
			Role.CONTINUING_EDUCATION.groupId(), "cora", Role.CONTINUING_EDUCATION.groupId(), "sarah",
			Role.SENIOR_MANAGEMENT.groupId());

	GreenMail mailServer;

	String databaseUrl;

	JdbcTemplate database;

	ApplicationNode nodeA;

	ApplicationNode nodeB;

	final List<String> references = new ArrayList<>();

	@BeforeAll
	void startTwoNodesOnOneDatabase() throws Exception {
		databaseUrl = LocalPostgres.freshDatabase("approval_several_nodes");
		database = new JdbcTemplate(new DriverManagerDataSource(databaseUrl, "postgres", ""));
		mailServer = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
		// the first node creates the schemas and deploys the diagrams; the second finds them
		nodeA = ApplicationNode.start("node-a", settings(
				// takes many due jobs at once and runs them one after another: it dies holding some
				"--camunda.bpm.job-execution.max-jobs-per-acquisition=40",
				"--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
				"--camunda.bpm.job-execution.queue-capacity=40",
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
				"--approval.mail.drain-interval=PT1S"));
		createPeople(nodeA.rest());
		// takes one job at a time and looks less often
		nodeB = ApplicationNode.start("node-b", settings("--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
				"--camunda.bpm.job-execution.wait-time-in-millis=3000", "--camunda.bpm.job-execution.max-wait=5000",
				"--approval.mail.drain-interval=PT1S"));
	}

	@AfterAll
	void stopEverything() throws Exception {
		for (ApplicationNode node : new ApplicationNode[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
		if (mailServer != null) {
			mailServer.stop();
		}
	}

	@Test
	@Order(1)
	void proposalsSubmittedOnOneNodeAreDecidedOnTheOther() {
		for (int i = 0; i < 6; i++) {
			ApplicationNode submittedOn = i % 2 == 0 ? nodeA : nodeB;
			ApplicationNode decidedOn = i % 2 == 0 ? nodeB : nodeA;
			String reference = submittedOn.rest().submitConcept("priya", DemoConcepts.venipuncture());
			decidedOn.rest().complete(reference, "assessConcept", "colin",
					Map.of("decision", "supported", "reason", "Clinics asked for it"));
			references.add(reference);
		}

		attachDocument(nodeA, "priya", references.get(0), "placements.txt",
				"Toronto General: 12 placements a term".getBytes(StandardCharsets.UTF_8));

		assertThat(references).doesNotHaveDuplicates();
		assertThat(database.queryForObject("select count(*) from proposal_document where proposal_reference = ?",
				Long.class, references.get(0))).isOne();
		for (String reference : references) {
			assertThat(nodeA.rest().openTask(reference).path("taskDefinitionKey").asText()).isEqualTo("endorseConcept");
			assertThat(nodeB.rest().get("/api/proposals/" + reference, "colin").path("decisions"))
				.extracting(decision -> decision.path("outcome").asText()).containsExactly("supported");
		}
	}

	@Test
	@Order(2)
	void twoAssessorsDecidingTheSameConceptOnTwoNodesAtOnceOneIsToldSomeoneElseDid() throws Exception {
		String reference = nodeA.rest().submitConcept("priya", DemoConcepts.venipuncture());
		references.add(reference);
		String task = nodeA.rest().openTask(reference).path("id").asText();

		List<ResponseEntity<JsonNode>> answers = atTheSameMoment(
				() -> nodeA.rest().submitTaskForm(task, "colin",
						Map.of("decision", "supported", "reason", "Clinics asked for it")),
				() -> nodeB.rest().submitTaskForm(task, "cora",
						Map.of("decision", "supported", "reason", "Employers in the region asked for it")));

		assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
		JsonNode refused = answers.stream().filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
			.findFirst().orElseThrow().getBody();
		assertThat(refused.path("type").asText()).isEqualTo("CONFLICT");
		assertThat(refused.path("message").asText()).containsAnyOf("already completed by", "at the same moment")
			.contains("nothing of yours was saved").doesNotContain("Exception", "ENGINE-");
		assertThat(nodeB.rest().get("/api/proposals/" + reference, "colin").path("decisions"))
			.extracting(decision -> decision.path("reason").asText()).as("only the one who succeeded")
			.containsExactly(answers.get(0).getStatusCode() == HttpStatus.NO_CONTENT ? "Clinics asked for it"
					: "Employers in the region asked for it");
	}

	@Test
	@Order(3)
	void remindersGoOutOnceAndTheJobsOfAKilledNodeAreTakenOverWhenTheirLocksExpire() throws Exception {
		List<String> batch = IntStream.range(0, 30)
			.mapToObj(i -> nodeA.rest().submitConcept("priya", DemoConcepts.venipuncture())).toList();
		references.addAll(batch);
		// the administrator moves all their reminders to one moment, so a node takes many at once
		String together = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
			.format(ZonedDateTime.now().plusSeconds(5));
		for (String job : database.queryForList("select id_ from act_ru_job where handler_type_ = 'timer-transition'"
				+ " and duedate_ < now() + interval '1 hour'", String.class)) {
			assertThat(nodeA.rest().send(HttpMethod.PUT, "/engine-rest/job/" + job + "/duedate", "demo",
					Map.of("duedate", together))
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		}

		await("node-a to send the first reminder of the batch", Duration.ofMinutes(1),
				() -> remindersAbout(batch) > 0);
		List<Map<String, Object>> lockedAtTheKill = database.queryForList(
				"select id_, lock_exp_time_ from act_ru_job where lock_exp_time_ > now() and handler_type_ = 'timer-transition'");
		nodeA.kill();

		assertThat(lockedAtTheKill).as("node-a died holding reminders").isNotEmpty();
		await("every reminder of the batch", LOCK_TIME.multipliedBy(4), () -> remindersAbout(batch) == batch.size());
		for (Map<String, Object> job : lockedAtTheKill) {
			List<Map<String, Object>> ran = database.queryForList(
					"select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2", job.get("id_"));
			assertThat(ran).as("job %s ran once", job.get("id_")).hasSize(1);
		}
		assertThat(lockedAtTheKill).as("some waited for their lock to expire, then node-b ran them")
			.anySatisfy(job -> {
				Map<String, Object> ran = database.queryForMap(
						"select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
						job.get("id_"));
				assertThat(ran.get("hostname_")).isEqualTo("node-b");
				assertThat(((Timestamp) ran.get("timestamp_")).toInstant())
					.isAfterOrEqualTo(((Timestamp) job.get("lock_exp_time_")).toInstant());
			});
		assertThat(remindersPerProposal(batch)).as("one reminder per proposal").containsOnly(1L);

		String reminderMail = """
				select d.message_id from mail_delivery d join notification n on n.id = d.notification_id
				where n.kind = 'REMINDER'""";
		await("the reminders' mail", Duration.ofMinutes(1), () -> database.queryForObject(
				"select count(*) from (" + reminderMail + " and d.status <> 'SENT') unsent", Long.class) == 0);
		Set<String> delivered = Set.copyOf(database.queryForList(reminderMail, String.class));
		List<String> received = new ArrayList<>();
		for (MimeMessage message : mailServer.getReceivedMessages()) {
			String id = message.getMessageID();
			if (delivered.contains(id)) {
				received.add(id);
			}
		}
		assertThat(Set.copyOf(received)).as("each reminder mailed to each assessor").isEqualTo(delivered);
		// a message the dead node was handing to the SMTP server at the kill may arrive twice, with one Message-ID
		assertThat(received.size()).isLessThanOrEqualTo(delivered.size() + 1);

		for (String reference : references) {
			assertThat(nodeB.rest().get("/engine-rest/task?processInstanceBusinessKey=" + reference, "demo"))
				.as("%s waits at its step", reference).hasSize(1);
		}
	}

	@Test
	@Order(4)
	void aRestartOnTheSameDatabaseKeepsEveryProposalTaskDecisionMailAndHistoryEntry() throws Exception {
		nodeA.close();
		nodeB.stop();
		Map<String, Long> before = everythingKept();

		// nothing runs by itself on the restarted node until the counts are compared
		nodeA = ApplicationNode.start("node-a-again",
				settings("--camunda.bpm.job-execution.enabled=false", "--approval.mail.drain-interval=P1D"));

		assertThat(everythingKept()).isEqualTo(before);
		String reference = references.get(0);
		nodeA.rest().complete(reference, "endorseConcept", "sarah",
				Map.of("decision", "endorsed", "reason", "Fits the plan"));
		assertThat(nodeA.rest().openTask(reference).path("taskDefinitionKey").asText()).isEqualTo("formAdvisoryTeam");
	}

	private List<String> settings(String... specific) {
		List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailServer.getSmtp().getPort(),
				"--approval.mail.sending-lease=PT15S",
				"--approval.deadlines.steps.assessConcept.follow-up=" + REMINDER_AFTER,
				"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis()));
		settings.addAll(List.of(specific));
		return settings;
	}

	private static void createPeople(TasklistRestClient rest) {
		PEOPLE.forEach((id, group) -> {
			Map<String, Object> profile = Map.of("id", id, "firstName", id, "lastName", "Tester", "email",
					id + "@college.example.edu");
			assertThat(rest.post("/engine-rest/user/create", "demo",
					Map.of("profile", profile, "credentials", Map.of("password", id))).getStatusCode().is2xxSuccessful())
				.isTrue();
			assertThat(rest.send(HttpMethod.PUT,
					"/engine-rest/group/" + group + "/members/" + id, "demo", null).getStatusCode().is2xxSuccessful())
				.isTrue();
		});
	}

	/** As priya does on the proposal's page: signs in, then uploads the file with the page's form. */
	private static void attachDocument(ApplicationNode node, String user, String reference, String fileName,
			byte[] content) {
		RestTemplate browser = new RestTemplate();
		ResponseEntity<String> signInPage = browser.getForEntity(node.baseUrl() + "/login", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, cookies(signInPage));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> signIn = new LinkedMultiValueMap<>();
		signIn.add("username", user);
		signIn.add("password", user);
		signIn.add("_csrf", find(signInPage.getBody(), "name=\"_csrf\" value=\"([^\"]+)\""));
		ResponseEntity<String> signedIn = browser.postForEntity(node.baseUrl() + "/login",
				new HttpEntity<>(signIn, headers), String.class);
		assertThat(signedIn.getHeaders().getLocation()).hasPath("/proposals");

		HttpHeaders session = new HttpHeaders();
		session.add(HttpHeaders.COOKIE, cookies(signedIn));
		String page = browser.exchange(node.baseUrl() + "/proposals/" + reference, HttpMethod.GET,
				new HttpEntity<>(session), String.class).getBody();
		String upload = find(page, "<form class=\"upload\" action=\"([^\"]+)\"").replace("&amp;", "&");
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		form.add("description", "Letter of the hospital");
		session.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> uploaded = browser.postForEntity(node.baseUrl() + upload, new HttpEntity<>(form, session),
				String.class);
		assertThat(uploaded.getStatusCode().is3xxRedirection()).as("upload: %s", uploaded).isTrue();
	}

	private static String cookies(ResponseEntity<String> response) {
		return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
			.map(cookie -> cookie.split(";", 2)[0])
			.collect(Collectors.joining("; "));
	}

	private static String find(String html, String pattern) {
		Matcher found = Pattern.compile(pattern).matcher(html);
		assertThat(found.find()).as("%s in the page", pattern).isTrue();
		return found.group(1);
	}

	private long remindersAbout(List<String> batch) {
		return remindersPerProposal(batch).stream().filter(count -> count > 0).count();
	}

	private List<Long> remindersPerProposal(List<String> batch) {
		return batch.stream().map(reference -> database.queryForObject(
				"select count(*) from notification where kind = 'REMINDER' and proposal_reference = ?", Long.class,
				reference)).toList();
	}

	/** Row counts of the record, the outbox and the engine's runtime and history. */
	private Map<String, Long> everythingKept() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("proposal", "concept_revision", "proposal_decision", "proposal_transition",
				"proposal_document", "notification", "mail_delivery", "act_ru_execution", "act_ru_task", "act_ru_job",
				"act_ru_variable", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
				"act_hi_detail", "act_hi_op_log", "act_hi_job_log")) {
			counts.put(table, database.queryForObject("select count(*) from " + table, Long.class));
		}
		database.queryForList("select status, count(*) as n from mail_delivery group by status")
			.forEach(row -> counts.put("mail_delivery " + row.get("status"), ((Number) row.get("n")).longValue()));
		return counts;
	}

	@SafeVarargs
	private static <T> List<T> atTheSameMoment(java.util.concurrent.Callable<T>... actions) throws Exception {
		ExecutorService people = Executors.newFixedThreadPool(actions.length);
		try {
			CountDownLatch ready = new CountDownLatch(actions.length);
			List<Future<T>> results = new ArrayList<>();
			for (var action : actions) {
				results.add(people.submit(() -> {
					ready.countDown();
					ready.await();
					return action.call();
				}));
			}
			List<T> answers = new ArrayList<>();
			for (Future<T> result : results) {
				answers.add(result.get(1, TimeUnit.MINUTES));
			}
			return answers;
		}
		finally {
			people.shutdownNow();
		}
	}

	private static void await(String what, Duration atMost, BooleanSupplier condition) {
		Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
