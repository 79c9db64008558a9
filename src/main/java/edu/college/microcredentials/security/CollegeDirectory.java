package edu.college.microcredentials.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import edu.college.microcredentials.process.Role;

/**
 * Sign-in against the college directory (profile {@code ldap}, which sets {@code approval.ldap.enabled}): Camunda's
 * LDAP identity plugin takes the place of the engine's own users and groups, so the webapps and the REST API check
 * passwords against the directory and the identity service becomes read-only.
 * <p>
 * Every setting of the plugin is a property under {@code approval.ldap} (its setter's name in kebab case, e.g.
 * {@code server-url}, {@code group-id-attribute}). A directory group is a role when its id, the value of
 * {@code approval.ldap.group-id-attribute}, is the role's id ({@link Role#groupId()}): either the group is named after
 * the role ({@code cn=continuingEducation}), or another attribute of the group holds the role id. docs/security.md
 * explains both. One guard is added to the plugin: a password is accepted only for the user id exactly as the
 * directory spells it ({@link ExactUserIds}).
 * <p>
 * At start the directory is asked once: the administrator must be found (fail fast, with the property to fix, rather
 * than at the first sign-in), and each role that no directory group maps to is logged as a warning.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "approval.ldap.enabled", havingValue = "true")
class CollegeDirectory {

	static final String PROPERTIES = "approval.ldap";

	private static final Logger log = LoggerFactory.getLogger(CollegeDirectory.class);

	/** Camunda's plugin, its settings bound from {@code approval.ldap.*}. */
	@Bean
	@ConfigurationProperties(PROPERTIES)
	LdapIdentityProviderPlugin collegeDirectoryIdentityProvider() {
		return new ExactUserIds();
	}

	/**
	 * Camunda's plugin with one guard. A directory matches user ids ignoring case and surrounding spaces, and the
	 * REST API and the webapps take the name as typed for the signed-in user: {@code LENA} with lena's password
	 * would be let in as someone the four-eyes rule, her assignments and her authorizations do not know as
	 * {@code lena}. So a password is accepted only for the user id exactly as the directory spells it.
	 */
	static class ExactUserIds extends LdapIdentityProviderPlugin {

		@Override
		public void preInit(ProcessEngineConfigurationImpl configuration) {
			super.preInit(configuration);
			LdapIdentityProviderFactory sessions = new LdapIdentityProviderFactory() {
				@Override
				public Session openSession() {
					return new LdapIdentityProviderSession(ldapConfiguration) {
						@Override
						public boolean checkPassword(String userId, String password) {
							User user = userId == null ? null : findUserById(userId);
							return user != null && userId.equals(user.getId()) && super.checkPassword(userId, password);
						}
					};
				}
			};
			sessions.setLdapConfiguration(this);
			configuration.setIdentityProviderSessionFactory(sessions);
		}

	}

	/**
	 * With authorization on, every permission for the directory's {@code camunda-admin} group and for the named
	 * administrator (what Camunda's starter does only for an administrator it creates itself, which it cannot here).
	 */
	@Bean
	AdministratorAuthorizationPlugin collegeDirectoryAdministrators(
			@Value("${approval.ldap.administrator-user-name:}") String administrator) {
		AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
		plugin.setAdministratorGroupName(Role.PROCESS_ADMINISTRATORS.groupId());
		plugin.setAdministratorUserName(administrator.isBlank() ? null : administrator);
		return plugin;
	}

	/** Before the starter looks for its {@code camunda.bpm.admin-user} (the same administrator, see application-ldap.yml). */
	@Bean
	@Order(Ordering.DEFAULT_ORDER - 10)
	StartupCheck collegeDirectoryStartupCheck(@Value("${approval.ldap.server-url:}") String serverUrl,
			@Value("${approval.ldap.administrator-user-name:}") String administrator,
			@Value("${camunda.bpm.admin-user.id:}") String startersAdministrator) {
		return new StartupCheck(serverUrl, administrator, startersAdministrator);
	}

	/** Asks the directory once at start, so that a wrong setting stops the application with the property to fix. */
	static class StartupCheck extends AbstractProcessEnginePlugin {

		private final String serverUrl;

		private final String administrator;

		private final String startersAdministrator;

		StartupCheck(String serverUrl, String administrator, String startersAdministrator) {
			this.serverUrl = serverUrl;
			this.administrator = administrator;
			this.startersAdministrator = startersAdministrator;
		}

		@Override
		public void postProcessEngineBuild(ProcessEngine processEngine) {
			if (serverUrl.isBlank()) {
				throw new IllegalStateException(
						"The college directory is on (approval.ldap.enabled) but has no address: set approval.ldap.server-url"
								+ " (environment APPROVAL_LDAP_SERVER_URL), e.g. ldaps://directory.college.example.edu:636");
			}
			if (administrator.isBlank()) {
				throw new IllegalStateException("Set approval.ldap.administrator-user-name (environment"
						+ " APPROVAL_LDAP_ADMINISTRATOR_USER_NAME) to the directory user id of the first process administrator");
			}
			IdentityService identity = processEngine.getIdentityService();
			try {
				if (!inDirectory(identity, administrator)) {
					throw new IllegalStateException("The administrator '" + administrator
							+ "' (approval.ldap.administrator-user-name) is not in the college directory at " + serverUrl
							+ ": check the user id (exact case) and approval.ldap.base-dn, user-search-base,"
							+ " user-search-filter and user-id-attribute");
				}
				if (!startersAdministrator.isBlank() && !inDirectory(identity, startersAdministrator)) {
					throw new IllegalStateException("Camunda's first administrator '" + startersAdministrator
							+ "' (camunda.bpm.admin-user.id) is not in the college directory, and users cannot be created"
							+ " in it: list the ldap profile last (e.g. production,ldap), which makes it the directory's '"
							+ administrator + "'");
				}
				// the directory finds "ContinuingEducation" for continuingEducation; the engine's candidate groups do not
				String missing = String.join(", ", Arrays.stream(Role.values())
					.filter(role -> identity.createGroupQuery().groupId(role.groupId()).list().stream()
						.noneMatch(group -> role.groupId().equals(group.getId())))
					.map(Role::groupId)
					.toList());
				if (!missing.isEmpty()) {
					log.warn("College directory: no group maps to the role(s) {} (spelled exactly so in the group's"
							+ " approval.ldap.group-id-attribute, under group-search-base, matching group-search-filter);"
							+ " nobody can work on their tasks", missing);
				}
			}
			catch (IdentityProviderException e) {
				throw new IllegalStateException("Cannot search the college directory at " + serverUrl
						+ ": check approval.ldap.server-url, manager-dn and manager-password (" + e.getMessage()
						+ (e.getCause() != null ? ": " + e.getCause().getMessage() : "") + ")", e);
			}
		}

		private static boolean inDirectory(IdentityService identity, String userId) {
			return identity.createUserQuery().userId(userId).list().stream().anyMatch(user -> userId.equals(user.getId()));
		}

	}

}
