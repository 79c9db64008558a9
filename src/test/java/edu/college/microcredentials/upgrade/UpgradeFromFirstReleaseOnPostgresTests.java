package edu.college.microcredentials.upgrade;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production database: release 0.1's PostgreSQL database (pg_dump with inserts) restored into a database of its
 * own on the local server.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@ActiveProfiles("postgres")
class UpgradeFromFirstReleaseOnPostgresTests extends UpgradeFromFirstRelease {

	static final String SERVER = System.getenv().getOrDefault("POSTGRES_TEST_URL", "jdbc:postgresql://127.0.0.1:5432/");

	static final String DATABASE = "microcredentials_upgrade_test";

	@DynamicPropertySource
	static void databaseOfTheFirstRelease(DynamicPropertyRegistry registry) throws SQLException, IOException {
		try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement sql = server.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			sql.execute("CREATE DATABASE " + DATABASE);
		}
		try (Connection database = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
			ScriptUtils.executeSqlScript(database, new ByteArrayResource(releaseScript()));
		}
		registry.add("spring.datasource.url", () -> SERVER + DATABASE);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	private static byte[] releaseScript() throws IOException {
		try (GZIPInputStream dump = new GZIPInputStream(
				new ClassPathResource("release-0.1/postgresql-demo-database.sql.gz").getInputStream())) {
			return dump.readAllBytes();
		}
	}

}
