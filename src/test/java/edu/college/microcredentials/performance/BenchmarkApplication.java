package edu.college.microcredentials.performance;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import edu.college.microcredentials.ApprovalApplication;
import edu.college.microcredentials.process.LocalPostgres;

/**
 * The application as the benchmark runs it: in this JVM, on a web port of its own, on an empty in-memory H2 or a
 * fresh database on the local PostgreSQL server, with the job executor and the schedulers running as in production,
 * and every SQL statement counted ({@link StatementCounting}).
 */
final class BenchmarkApplication {

	enum Database {

		H2, POSTGRESQL

	}

	private BenchmarkApplication() {
	}

	static ConfigurableApplicationContext start(Database database) throws SQLException {
		Map<String, Object> settings = new HashMap<>();
		settings.put("server.port", 0);
		settings.put("approval.demo.enabled", false);
		// config/application.yml switches these off for the tests; the benchmark runs them as a college does
		settings.put("camunda.bpm.job-execution.enabled", true);
		settings.put("approval.mail.drain-interval", "PT30S");
		settings.put("approval.audit.verify-every", "PT1H");
		settings.put("logging.level.root", "WARN");
		SpringApplicationBuilder application = new SpringApplicationBuilder(ApprovalApplication.class,
				StatementCounting.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("testConfigurationsLeftOut", new TestConfigurationsLeftOut()));
		if (database == Database.POSTGRESQL) {
			settings.put("spring.datasource.url", LocalPostgres.freshDatabase("approval_benchmark"));
			settings.put("spring.datasource.username", "postgres");
			settings.put("spring.datasource.password", "");
			application.profiles("postgres");
		}
		else {
			settings.put("spring.datasource.url",
					"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
		}
		// as command-line arguments: above application.yml, as default properties would not be
		return application.run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new));
	}

	/**
	 * Outside a Spring Boot test nothing keeps the tests' own configurations (process coverage, recorded events) out
	 * of the application's component scan; this does, as {@code @SpringBootTest} would.
	 */
	private static final class TestConfigurationsLeftOut extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

	}

}
