package edu.college.microcredentials.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database every test application context runs on: with {@code -Dapproval.test.database=postgres} (the
 * {@code postgres-suite} run of {@code ./mvnw verify}) each context gets a fresh database of its own on the local
 * PostgreSQL server ({@link LocalPostgres}), dropped when the test JVM ends; otherwise an in-memory H2 of its own
 * ({@code config/application.yml}). A test that names its own database ({@code spring.datasource.url}) keeps it.
 */
public class DatabaseUnderTest implements EnvironmentPostProcessor {

	public static final String PROPERTY = "approval.test.database";

	private static final AtomicInteger contexts = new AtomicInteger();

	private static final String RUN = "approval_test_" + ProcessHandle.current().pid() + "_";

	static {
		if (onPostgres()) {
			Runtime.getRuntime().addShutdownHook(new Thread(DatabaseUnderTest::dropThisRunsDatabases));
		}
	}

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!onPostgres()) {
			return;
		}
		try {
			String url = LocalPostgres.freshDatabase(RUN + contexts.incrementAndGet());
			// below every other source: a test's own spring.datasource.url still wins over config/application.yml's
			environment.getPropertySources().addLast(new MapPropertySource("databaseUnderTest",
					Map.of("approval.test.datasource-url", url, "approval.test.datasource-user", "postgres",
							"approval.test.datasource-password", "")));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL to test on at " + LocalPostgres.SERVER
					+ " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)", ex);
		}
	}

	private static void dropThisRunsDatabases() {
		try (Connection server = DriverManager.getConnection(LocalPostgres.SERVER + "postgres", "postgres", "");
				Statement sql = server.createStatement()) {
			for (int context = 1; context <= contexts.get(); context++) {
				sql.execute("DROP DATABASE IF EXISTS " + RUN + context + " WITH (FORCE)");
			}
		}
		catch (SQLException ex) {
			System.err.println("Left the test databases " + RUN + "* on " + LocalPostgres.SERVER + ": " + ex.getMessage());
		}
	}

}
