package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.SQLException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
	void startsOnPostgresWithoutDemoPeopleWithTheAdministratorFromTheEnvironment() throws SQLException {
		LocalPostgres.freshDatabase(DATABASE);
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
		LocalPostgres.freshDatabase(DATABASE);
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
