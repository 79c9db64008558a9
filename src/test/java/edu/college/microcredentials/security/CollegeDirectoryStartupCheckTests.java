package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A wrong directory setting stops the start with the property to fix, instead of failing at the first sign-in. */
class CollegeDirectoryStartupCheckTests {

	static final String URL = "ldaps://directory.college.example.edu:636";

	IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

	ProcessEngine engine = mock(ProcessEngine.class);

	/** What a user query by id finds; the directory matches ids ignoring case. */
	Map<String, List<User>> directory = Map.of("dana", List.of(user("dana")), "Dana", List.of(user("dana")));

	RuntimeException unreachable;

	@BeforeEach
	void directoryWithDana() {
		when(engine.getIdentityService()).thenReturn(identity);
		when(identity.createUserQuery()).thenAnswer(invocation -> {
			UserQuery query = mock(UserQuery.class);
			String[] userId = new String[1];
			when(query.userId(anyString())).thenAnswer(byId -> {
				userId[0] = byId.getArgument(0);
				return query;
			});
			when(query.list()).thenAnswer(list -> {
				if (unreachable != null) {
					throw unreachable;
				}
				return directory.getOrDefault(userId[0], List.of());
			});
			return query;
		});
	}

	@Test
	void startsWhenTheAdministratorIsInTheDirectory() {
		assertThatCode(() -> check(URL, "dana", "dana")).doesNotThrowAnyException();
	}

	@Test
	void namesTheMissingSetting() {
		assertThatThrownBy(() -> check("", "dana", "dana")).hasMessageContaining("approval.ldap.server-url");
		assertThatThrownBy(() -> check(URL, "", "")).hasMessageContaining("approval.ldap.administrator-user-name");
	}

	@Test
	void refusesAnAdministratorTheDirectoryDoesNotHaveExactly() {
		assertThatThrownBy(() -> check(URL, "dina", "dina")).hasMessageContaining("'dina'")
			.hasMessageContaining("approval.ldap.administrator-user-name");
		assertThatThrownBy(() -> check(URL, "Dana", "Dana")).hasMessageContaining("'Dana'");
		assertThatThrownBy(() -> check(URL, "dana", "admin")).hasMessageContaining("camunda.bpm.admin-user.id")
			.hasMessageContaining("production,ldap");
	}

	@Test
	void explainsADirectoryItCannotSearch() {
		unreachable = new IdentityProviderException("Could not connect to LDAP server",
				new ConnectException("Connection refused"));
		assertThatThrownBy(() -> check(URL, "dana", "dana")).hasMessageContaining(URL)
			.hasMessageContaining("approval.ldap.server-url, manager-dn and manager-password")
			.hasMessageContaining("Connection refused");
	}

	private void check(String url, String administrator, String startersAdministrator) {
		new CollegeDirectory.StartupCheck(url, administrator, startersAdministrator).postProcessEngineBuild(engine);
	}

	private static User user(String id) {
		UserEntity user = new UserEntity();
		user.setId(id);
		return user;
	}

}
