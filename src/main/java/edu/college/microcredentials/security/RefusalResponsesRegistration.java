package edu.college.microcredentials.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link RefusalResponses} around every way into the engine: the REST API and the webapps' API (Tasklist,
 * Cockpit, Admin). Right after the query expression guard, so it wraps sign-in and the engine alike.
 */
@Configuration(proxyBeanMethods = false)
class RefusalResponsesRegistration {

	@Bean
	FilterRegistrationBean<RefusalResponses> refusalResponses(JerseyApplicationPath restApi, CamundaBpmProperties camunda) {
		FilterRegistrationBean<RefusalResponses> registration = new FilterRegistrationBean<>(new RefusalResponses());
		registration.setName("refusal-responses");
		registration.addUrlPatterns(restApi.getUrlMapping(), camunda.getWebapp().getApplicationPath() + "/api/*");
		registration.setOrder(QueryExpressionGuardRegistration.ORDER + 1);
		return registration;
	}

}
