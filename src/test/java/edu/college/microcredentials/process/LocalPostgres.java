package edu.college.microcredentials.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL server the tests run on (127.0.0.1:5432, user postgres, trust; override with
 * POSTGRES_TEST_URL): each test class gets a database of its own, created anew for each run and left for a look
 * afterwards.
 */
public final class LocalPostgres {

	public static final String SERVER = System.getenv().getOrDefault("POSTGRES_TEST_URL",
			"jdbc:postgresql://127.0.0.1:5432/");

	private LocalPostgres() {
	}

	/** Drops and creates {@code database}; returns its JDBC address. */
	public static String freshDatabase(String database) throws SQLException {
		try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement sql = server.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			sql.execute("CREATE DATABASE " + database);
		}
		return SERVER + database;
	}

	/** The application under test on a fresh {@code database}. */
	public static void useFreshDatabase(DynamicPropertyRegistry registry, String database) throws SQLException {
		String url = freshDatabase(database);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

}
