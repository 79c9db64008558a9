package edu.college.microcredentials.security;

import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In the production profile, refuses to start before anything touches the database when the first administrator
 * would get an empty or well-known password. Registered by {@link ProductionProfile}.
 */
class ProductionSafety implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String PASSWORD_VARIABLE = "APPROVAL_ADMIN_PASSWORD";

	static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "changeit", "secret");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (environment.getProperty("approval.ldap.enabled", Boolean.class, false)) {
			return; // the administrator signs in with their directory password; no user is created here
		}
		String administrator = environment.getProperty("camunda.bpm.admin-user.id", "");
		String password = environment.getProperty("camunda.bpm.admin-user.password", "");
		if (password.isBlank() || WELL_KNOWN.contains(password.toLowerCase()) || password.equals(administrator)) {
			throw new IllegalStateException("The production profile needs a real password for the first administrator '"
					+ administrator + "': set the environment variable " + PASSWORD_VARIABLE
					+ " (not empty, not the user id, not a default such as demo or admin).");
		}
	}

}
