package edu.college.microcredentials.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API answers only signed-in users: HTTP Basic against Camunda's identity service, Camunda's own
 * filter. The caller becomes the engine's authenticated user, so {@code camunda:initiator} and decisions name them.
 * The application's own API and pages sign in through {@link SignIn}.
 */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}
