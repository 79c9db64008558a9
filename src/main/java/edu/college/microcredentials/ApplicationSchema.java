package edu.college.microcredentials;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's tables are created and changed by Flyway (src/main/resources/db/migration/{vendor}). Release 0.1
 * let Hibernate make them and kept no migration history: such a database already holds V1's tables, so it is
 * baselined at version 1 and only the later migrations run. The engine's ACT_ tables share the schema and stay
 * Camunda's own.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationSchema {

	static final String FIRST_RELEASE = "1";

	private static final Logger log = LoggerFactory.getLogger(ApplicationSchema.class);

	@Bean
	FlywayMigrationStrategy upgradeInPlace() {
		return flyway -> {
			if (flyway.info().current() == null && holdsProposalTable(flyway.getConfiguration().getDataSource())) {
				log.info("Tables made by release 0.1 without migration history: baselining them at version {}",
						FIRST_RELEASE);
				Flyway.configure()
					.configuration(flyway.getConfiguration())
					.baselineVersion(FIRST_RELEASE)
					.baselineDescription("schema of release 0.1, made by Hibernate")
					.load()
					.baseline();
			}
			flyway.migrate();
		};
	}

	private static boolean holdsProposalTable(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				ResultSet tables = connection.getMetaData()
					.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if ("proposal".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
			return false;
		}
		catch (SQLException e) {
			throw new FlywayException("Cannot tell whether the application's tables exist", e);
		}
	}

}
