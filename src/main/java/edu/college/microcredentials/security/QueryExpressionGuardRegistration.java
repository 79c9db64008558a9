package edu.college.microcredentials.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts the {@link QueryExpressionGuard} in front of every way into the engine's queries: the REST API
 * ({@code /engine-rest/*}) and everything the webapps call ({@code /camunda/api/*}: their engine API
 * {@code /camunda/api/engine/engine/default/...} and the Cockpit, Tasklist, Admin and Welcome plugin APIs).
 * <p>
 * It runs <em>first</em>, right after Spring's character encoding filter and the {@link SecurityHeaders} (which only
 * add response headers) and before any authentication: before the REST API's HTTP Basic filter, whose registration
 * keeps the default (last) order, and before the filters the webapp starter adds after all registered ones
 * (authentication, security rules, CSRF). The rule does not depend on who asks, so nothing is gained by asking who
 * first, and placing it first means no filter that reads the request, let alone the engine, sees it before it is
 * checked. The price is that a JSON body on these paths is read before the caller is known; the
 * limit {@code approval.security.query-expression-guard.max-json-body} (10MB unless set) bounds that.
 */
@Configuration(proxyBeanMethods = false)
class QueryExpressionGuardRegistration {

	/** After the security headers, before everything else. */
	static final int ORDER = SecurityHeaders.ORDER + 1;

	@Bean
	FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(JerseyApplicationPath restApi,
			CamundaBpmProperties camunda,
			@Value("${approval.security.query-expression-guard.max-json-body:10MB}") DataSize maxJsonBody) {
		String webapp = camunda.getWebapp().getApplicationPath();
		FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(
				new QueryExpressionGuard(restApi.getPrefix(), webapp, (int) Math.min(maxJsonBody.toBytes(), Integer.MAX_VALUE - 16)));
		registration.setName("query-expression-guard");
		registration.addUrlPatterns(restApi.getUrlMapping(), webapp + "/api/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
