package edu.college.microcredentials.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.TestUsers;

/**
 * The approval journey against a bare process with as many user tasks, side by side on one engine configuration and
 * one database: the same history level, authorization, id generator and JDBC batching, the same data source and
 * transaction manager, but none of the application's plugins, listeners or guards. The bare engine is the limit: a
 * case can be no cheaper than it.
 */
final class JourneyAgainstBareEngine {

	static final String BARE_PROCESS = "bareSevenUserTasks";

	/** The straight path to publication with a resource request: seven user tasks, as the bare process has. */
	private static final List<Step> JOURNEY = List.of(new Step("assessConcept", "colin", Map.of("decision", "supported")),
			new Step("endorseConcept", "sarah", Map.of("decision", "endorsed")),
			new Step("formAdvisoryTeam", "colin", advisoryTeamAskingForResources()),
			new Step("confirmResources", "priya", Map.of("decision", "confirmed")),
			new Step("writeFullProposal", "adam", DemoConcepts.fullProposal()),
			new Step("reviewFullProposal", "sarah", Map.of("decision", "endorsed")),
			new Step("recordBoardDecision", "bella",
					Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14")));

	private record Step(String task, String user, Map<String, Object> form) {
	}

	/** One way of running a case: its starter, and who completes each of its tasks with what. */
	private record Kind(String name, ProcessEngine engine, String processKey, String starter, Map<String, Object> start,
			List<Step> steps) {
	}

	/** What one run of cases measured. */
	record Run(String kind, int threads, int cases, int failed, double seconds, Latencies starts,
			Latencies completions) {

		double casesPerSecond() {
			return cases / seconds;
		}

	}

	/**
	 * Statements and round trips, per start and per completion, averaged over the measured cases; by step, the average
	 * and the statements the step's last completion sent.
	 */
	record Statements(String kind, double perStart, double roundTripsPerStart, double perCompletion,
			double roundTripsPerCompletion, double sqlMillisPerCompletion, Map<String, StatementCounter.Count> byStep) {
	}

	private final ProcessEngine engine;

	private final ProcessEngine bareEngine;

	private final StatementCounter counter;

	private final Kind journey;

	private final Kind bare;

	/** What the starts and each step sent, summed over the cases run since the warm-up. */
	private final Map<String, Tally> counted = new LinkedHashMap<>();

	private static final class Tally {

		int statements;

		int roundTrips;

		int times;

		long sqlNanos;

		StatementCounter.Count last;

	}

	private JourneyAgainstBareEngine(ConfigurableApplicationContext application) {
		this.engine = application.getBean(ProcessEngine.class);
		this.counter = application.getBean(StatementCounter.class);
		this.bareEngine = bareEngineLike((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
				application.getBean(DataSource.class), application.getBean(PlatformTransactionManager.class));
		TestUsers.createAll(engine.getIdentityService());
		deployBareProcess();
		this.journey = new Kind("approval journey", engine, ProcessKeys.DEVELOPMENT, "priya", DemoConcepts.venipuncture(),
				JOURNEY);
		List<Step> bareSteps = new ArrayList<>();
		for (int task = 1; task <= JOURNEY.size(); task++) {
			bareSteps.add(new Step("task" + task, "colin", Map.of()));
		}
		this.bare = new Kind("bare process", bareEngine, BARE_PROCESS, "colin", Map.of(), bareSteps);
	}

	static JourneyAgainstBareEngine on(ConfigurableApplicationContext application) {
		return new JourneyAgainstBareEngine(application);
	}

	void close() {
		bareEngine.close();
	}

	Run journey(int threads, int cases) throws Exception {
		return run(journey, threads, cases);
	}

	Run bare(int threads, int cases) throws Exception {
		return run(bare, threads, cases);
	}

	/** Warms both up (class loading, JIT, caches), then forgets what was counted while warming. */
	void warmUp(int cases) throws Exception {
		run(journey, 1, cases);
		run(bare, 1, cases);
		counted.clear();
	}

	Statements statements(boolean ofJourney) {
		Kind kind = ofJourney ? journey : bare;
		Tally start = counted.get(kind.name() + " start");
		Map<String, StatementCounter.Count> byStep = new LinkedHashMap<>();
		int statements = 0;
		int roundTrips = 0;
		int completions = 0;
		long sqlNanos = 0;
		for (Step step : kind.steps()) {
			Tally tally = counted.get(kind.name() + " " + step.task());
			byStep.put(step.task(), new StatementCounter.Count(tally.statements / tally.times,
					tally.roundTrips / tally.times, tally.last.sql(), tally.sqlNanos / tally.times));
			statements += tally.statements;
			roundTrips += tally.roundTrips;
			completions += tally.times;
			sqlNanos += tally.sqlNanos;
		}
		return new Statements(kind.name(), (double) start.statements / start.times,
				(double) start.roundTrips / start.times, (double) statements / completions,
				(double) roundTrips / completions, sqlNanos / 1e6 / completions, byStep);
	}

	private Run run(Kind kind, int threads, int cases) throws Exception {
		Latencies starts = new Latencies();
		Latencies completions = new Latencies();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		// named, so a flight recording tells the runs apart
		AtomicInteger client = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(threads, work -> new Thread(work,
				"%s, %d of %d clients".formatted(kind.name(), client.incrementAndGet(), threads)));
		long begin = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int thread = 0; thread < threads; thread++) {
			running.add(clients.submit(() -> {
				while (next.getAndIncrement() < cases) {
					try {
						runCase(kind, starts, completions);
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
						System.err.println(kind.name() + ": " + ex);
					}
				}
			}));
		}
		for (Future<?> finished : running) {
			finished.get();
		}
		double seconds = (System.nanoTime() - begin) / 1e9;
		clients.shutdown();
		return new Run(kind.name(), threads, cases - failed.get(), failed.get(), seconds, starts, completions);
	}

	private void runCase(Kind kind, Latencies starts, Latencies completions) {
		String definitionId = kind.engine().getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(kind.processKey()).latestVersion().singleResult().getId();
		String instance = as(kind, kind.starter(),
				() -> timedAndCounted(kind.name() + " start", starts,
						() -> kind.engine().getFormService().submitStartForm(definitionId, kind.start()).getId()));
		for (Step step : kind.steps()) {
			Task task = kind.engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			if (!task.getTaskDefinitionKey().equals(step.task())) {
				throw new IllegalStateException(instance + " waits at " + task.getTaskDefinitionKey() + ", not "
						+ step.task());
			}
			as(kind, step.user(), () -> timedAndCounted(kind.name() + " " + step.task(), completions, () -> {
				kind.engine().getFormService().submitTaskForm(task.getId(), step.form());
				return null;
			}));
		}
	}

	private <T> T timedAndCounted(String what, Latencies latencies, Supplier<T> work) {
		StatementCounter.Counted<T> done = latencies.time(() -> counter.count(work));
		synchronized (counted) {
			Tally tally = counted.computeIfAbsent(what, key -> new Tally());
			tally.statements += done.count().statements();
			tally.roundTrips += done.count().roundTrips();
			tally.times++;
			tally.sqlNanos += done.count().sqlNanos();
			tally.last = done.count();
		}
		return done.result();
	}

	/** Signed in as the person with their groups, as the REST API and Tasklist do for each request. */
	private <T> T as(Kind kind, String user, Supplier<T> work) {
		var identity = kind.engine().getIdentityService();
		identity.setAuthentication(user,
				engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
					.toList());
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/**
	 * Seven user tasks offered to the Continuing Education team, and nothing else, deployed by the bare engine (the
	 * application's deployment checks are plugins of its own engine). The team's member colin may start it.
	 */
	private void deployBareProcess() {
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(3650)
			.startEvent("start");
		for (int task = 1; task <= JOURNEY.size(); task++) {
			flow = flow.userTask("task" + task).camundaCandidateGroups("continuingEducation");
		}
		BpmnModelInstance model = flow.endEvent("end").done();
		bareEngine.getRepositoryService().createDeployment().name("benchmark").addModelInstance(BARE_PROCESS + ".bpmn",
				model).deploy();
		AuthorizationService authorizations = engine.getAuthorizationService();
		Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		definition.setUserId("colin");
		definition.setResource(Resources.PROCESS_DEFINITION);
		definition.setResourceId(BARE_PROCESS);
		definition.addPermission(Permissions.READ);
		definition.addPermission(Permissions.CREATE_INSTANCE);
		authorizations.saveAuthorization(definition);
		Authorization instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		instances.setUserId("colin");
		instances.setResource(Resources.PROCESS_INSTANCE);
		instances.setResourceId("*");
		instances.addPermission(Permissions.CREATE);
		authorizations.saveAuthorization(instances);
	}

	/** A second engine with the application engine's settings that decide the cost of a step, and nothing more. */
	private static ProcessEngine bareEngineLike(ProcessEngineConfigurationImpl application, DataSource dataSource,
			PlatformTransactionManager transactions) {
		SpringTransactionsProcessEngineConfiguration bare = new SpringTransactionsProcessEngineConfiguration();
		bare.setProcessEngineName("bare");
		bare.setDataSource(dataSource);
		bare.setTransactionManager(transactions);
		bare.setDatabaseSchemaUpdate("false");
		bare.setJobExecutorActivate(false);
		bare.setHistory(application.getHistory());
		bare.setAuthorizationEnabled(application.isAuthorizationEnabled());
		bare.setIdGenerator(application.getIdGenerator());
		bare.setJdbcBatchProcessing(application.isJdbcBatchProcessing());
		bare.setCmmnEnabled(application.isCmmnEnabled());
		bare.setDmnEnabled(application.isDmnEnabled());
		bare.setStandaloneTasksEnabled(application.isStandaloneTasksEnabled());
		bare.setMetricsEnabled(application.isMetricsEnabled());
		bare.setDbMetricsReporterActivate(application.isDbMetricsReporterActivate());
		bare.setTaskMetricsEnabled(application.isTaskMetricsEnabled());
		bare.setEnforceHistoryTimeToLive(application.isEnforceHistoryTimeToLive());
		bare.setHistoryCleanupEnabled(false);
		return bare.buildProcessEngine();
	}

	private static Map<String, Object> advisoryTeamAskingForResources() {
		Map<String, Object> team = DemoConcepts.advisoryTeam();
		team.put("resourcesRequested", true);
		team.put("resourceRequest", "Two days a month of a lab technologist");
		return team;
	}

}
