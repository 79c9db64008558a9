package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;

import edu.college.microcredentials.ApprovalApplication;

/**
 * A wrong directory setting stops the start with the property to fix, instead of failing at the first sign-in.
 * Started as an operator would, against the same in-memory college directory as {@link CollegeDirectoryTests}.
 */
class CollegeDirectoryStartupTests {

	static final InMemoryDirectoryServer directory = CollegeDirectoryTests.startDirectory();

	@AfterAll
	static void stopDirectory() {
		directory.shutDown(true);
	}

	@Test
	void anAdministratorTheDirectoryDoesNotKnowStopsTheStart() {
		assertThatThrownBy(() -> start(serverUrl(), "dina").close()).rootCause()
			.hasMessageContaining("The administrator 'dina' (approval.ldap.administrator-user-name) is not in the"
					+ " college directory");
		assertThatThrownBy(() -> start(serverUrl(), "Dana").close()).rootCause()
			.hasMessageContaining("'Dana'");
	}

	@Test
	void aDirectoryThatCannotBeReachedStopsTheStartNamingTheSettings() throws Exception {
		String nobodyListens;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			nobodyListens = "ldap://127.0.0.1:" + closed.getLocalPort();
		}
		String url = nobodyListens;
		assertThatThrownBy(() -> start(url, "dana").close())
			.hasStackTraceContaining("Cannot search the college directory at " + url
					+ ": check approval.ldap.server-url, manager-dn and manager-password");
	}

	@Test
	void aMissingAddressStopsTheStart() {
		assertThatThrownBy(() -> start("", "dana").close()).rootCause()
			.hasMessageContaining("set approval.ldap.server-url");
	}

	private static String serverUrl() {
		return "ldap://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + directory.getListenPort();
	}

	private static org.springframework.context.ConfigurableApplicationContext start(String serverUrl,
			String administrator) {
		// as command-line arguments, which win over application-ldap.yml like the operator's environment does
		return new SpringApplicationBuilder(ApprovalApplication.class).profiles("ldap")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:directory-startup;DB_CLOSE_DELAY=-1",
					"--camunda.bpm.job-execution.enabled=false", "--approval.ldap.server-url=" + serverUrl,
					"--approval.ldap.manager-dn=" + CollegeDirectoryTests.SERVICE_ACCOUNT,
					"--approval.ldap.manager-password=app-secret",
					"--approval.ldap.administrator-user-name=" + administrator);
	}

}
