package edu.college.microcredentials.upgrade;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import edu.college.microcredentials.process.LocalPostgres;

/**
 * The production database: release 0.1's PostgreSQL database (pg_dump with inserts) restored into a database of its
 * own on the local server.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@ActiveProfiles("postgres")
class UpgradeFromFirstReleaseOnPostgresTests extends UpgradeFromFirstRelease {

	static final String DATABASE = "microcredentials_upgrade_test";

	@DynamicPropertySource
	static void databaseOfTheFirstRelease(DynamicPropertyRegistry registry) throws SQLException, IOException {
		String url = LocalPostgres.freshDatabase(DATABASE);
		try (Connection database = DriverManager.getConnection(url, "postgres", "")) {
			ScriptUtils.executeSqlScript(database, new ByteArrayResource(releaseScript()));
		}
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	private static byte[] releaseScript() throws IOException {
		try (GZIPInputStream dump = new GZIPInputStream(
				new ClassPathResource("release-0.1/postgresql-demo-database.sql.gz").getInputStream())) {
			return dump.readAllBytes();
		}
	}

}
