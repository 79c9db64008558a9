package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.context.ConfigurableApplicationContext;

import edu.college.microcredentials.ApprovalApplication;

import edu.college.microcredentials.process.LocalPostgres;

/** Starting the production profile, as an operator would. */
class ProductionProfileTests {

	static final String DATABASE = "microcredentials_production_test";

	@Test
	void refusesToStartWithADefaultPasswordAndNamesTheVariableToSet() {
		for (String password : new String[] { "", "demo", "admin" }) {
			assertThatThrownBy(() -> start("APPROVAL_ADMIN_PASSWORD=" + password).close())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("set the environment variable APPROVAL_ADMIN_PASSWORD");
		}
	}

	@Test
	void refusesToStartWithoutTheEngineSchemaAndStartsOnceCamundasScriptsMadeIt() throws SQLException {
		String url = LocalPostgres.freshDatabase(DATABASE);

		assertThatThrownBy(() -> start("APPROVAL_ADMIN_PASSWORD=Correct-Horse-Battery-7").close())
			.hasStackTraceContaining("no Camunda tables in the database");

		createTheEngineSchema(url);
		try (ConfigurableApplicationContext application = start("APPROVAL_ADMIN_PASSWORD=Correct-Horse-Battery-7")) {
			assertThat(application.getBean(IdentityService.class).checkPassword("admin", "Correct-Horse-Battery-7"))
				.isTrue();
		}
	}

	@Test
	void startsOnPostgresWithoutDemoPeopleWithTheAdministratorFromTheEnvironment() throws SQLException {
		createTheEngineSchema(LocalPostgres.freshDatabase(DATABASE));
		try (ConfigurableApplicationContext application = start("APPROVAL_ADMIN_ID=registrar",
				"APPROVAL_ADMIN_PASSWORD=Correct-Horse-Battery-7")) {
			IdentityService identity = application.getBean(IdentityService.class);
			assertThat(identity.checkPassword("registrar", "Correct-Horse-Battery-7")).isTrue();
			assertThat(identity.createUserQuery().userId("demo").count()).isZero();
			assertThat(identity.createUserQuery().userId("priya").count()).isZero();
			ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) application
				.getBean(ProcessEngineConfiguration.class);
			assertThat(engine.isJavaSerializationFormatEnabled()).isFalse();
			assertThat(engine.isAuthorizationEnabled()).isTrue();
			assertThat(application.getEnvironment().getProperty("spring.h2.console.enabled")).isEqualTo("false");
			assertThat(application.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		}
	}

	@Test
	void everyResponseTellsBrowsersToKeepToHttps() throws SQLException {
		createTheEngineSchema(LocalPostgres.freshDatabase(DATABASE));
		try (ConfigurableApplicationContext application = start("APPROVAL_ADMIN_PASSWORD=Correct-Horse-Battery-7")) {
			int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			SecurityHeadersTests.ANONYMOUS.forEach((path, status) -> {
				HttpResponse<String> response = SecurityHeadersTests.get(port, path, null);
				SecurityHeadersTests.assertSecurityHeaders(response, status);
				assertThat(response.headers().allValues("Strict-Transport-Security")).as(path)
					.containsExactly("max-age=31536000");
			});
		}
	}

	/** As docs/operations.md tells an operator: Camunda's create scripts, from the engine's jar, in this order. */
	private static void createTheEngineSchema(String url) throws SQLException {
		try (Connection database = DriverManager.getConnection(url, "postgres", "")) {
			for (String part : List.of("engine", "history", "identity", "case.engine", "case.history",
					"decision.engine", "decision.history")) {
				ScriptUtils.executeSqlScript(database, new ClassPathResource(
						"org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
			}
		}
	}

	private static ConfigurableApplicationContext start(String... environment) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ApprovalApplication.class).profiles("production")
			.properties("server.port=0", "DATABASE_URL=" + LocalPostgres.SERVER + DATABASE, "DATABASE_USER=postgres",
					"camunda.bpm.job-execution.enabled=false");
		for (String variable : environment) {
			builder.properties(variable);
		}
		return builder.run();
	}

}
