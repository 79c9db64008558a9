package edu.college.microcredentials.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

import edu.college.microcredentials.process.TasklistRestClient;

/**
 * One node of the application: the packaged jar in a JVM of its own, on its own port, as a college runs it. Its
 * output goes to {@code target/nodes/<name>.log}. Also what the benchmark times the start-up with.
 */
public final class ApplicationNode implements AutoCloseable {

	private static final Path JAR = Path.of(System.getProperty("application.jar",
			"target/micro-credential-approval-0.1.0-SNAPSHOT.jar"));

	private final String name;

	private final int port;

	private final Process process;

	private final Duration startedIn;

	private ApplicationNode(String name, int port, Process process, long launched) {
		this.name = name;
		this.port = port;
		this.process = process;
		awaitReady(Duration.ofMinutes(3));
		this.startedIn = Duration.ofNanos(System.nanoTime() - launched);
	}

	/** Starts the node with the settings given and waits until it is ready for traffic. */
	public static ApplicationNode start(String name, List<String> settings) throws IOException {
		return start(name, packagedJar(), List.of(), settings);
	}

	/** Starts the node from {@code jar} with the JVM options and settings given; waits until it is ready. */
	public static ApplicationNode start(String name, Path jar, List<String> jvmOptions, List<String> settings)
			throws IOException {
		int port = freePort();
		Path log = Path.of("target", "nodes", name + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				// the engine writes each node's name into the history of the jobs it ran
				"--camunda.bpm.generic-properties.properties.hostname=" + name));
		command.addAll(settings);
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		return new ApplicationNode(name, port, process, launched);
	}

	/** The application as the build packages it. */
	public static Path packagedJar() {
		return JAR;
	}

	/** From launching the JVM to the node's first "ready" answer. */
	public Duration startedIn() {
		return startedIn;
	}

	String name() {
		return name;
	}

	/** The REST API and pages of this node, as the demo people use them. */
	TasklistRestClient rest() {
		return new TasklistRestClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(baseUrl())));
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	/** {@code kill -9}: no shutdown hook runs, connections and job locks are left as they were. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** A normal stop (SIGTERM), as a service manager stops it. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	/** Ready once the application has started and its start-up work (demo data, search indexes) is done. */
	private void awaitReady(Duration atMost) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build();
		Awaitility.await(name + " ready (see target/nodes/" + name + ".log)").atMost(atMost)
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptionsInstanceOf(IOException.class) // not yet listening
			.until(() -> {
				assertThat(process.isAlive()).as("%s is running (see target/nodes/%s.log)", name, name).isTrue();
				return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
