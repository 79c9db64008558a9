package edu.college.microcredentials.upgrade;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default: release 0.1's H2 database, restored from H2's own script of it. */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class UpgradeFromFirstReleaseOnH2Tests extends UpgradeFromFirstRelease {

	@DynamicPropertySource
	static void databaseOfTheFirstRelease(DynamicPropertyRegistry registry) throws SQLException {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement sql = connection.createStatement()) {
			sql.execute("RUNSCRIPT FROM 'classpath:release-0.1/h2-demo-database.sql.gz' COMPRESSION GZIP");
		}
		registry.add("spring.datasource.url", () -> url);
	}

}
