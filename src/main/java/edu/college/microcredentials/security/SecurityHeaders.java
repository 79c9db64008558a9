package edu.college.microcredentials.security;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.HeaderSecurityProvider;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.XssProtectionProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} on every response of the application, and
 * {@code Strict-Transport-Security} where {@code camunda.bpm.webapp.header-security.hsts-disabled} is false (the
 * production profile).
 * <p>
 * Camunda's webapp starter puts its {@link HttpHeaderSecurityFilter} on the webapps' pages and API only
 * ({@code /camunda/app/*}, {@code /camunda/api/*}). This registers the same filter, with the same
 * {@code camunda.bpm.webapp.header-security.*} settings, on every path: the REST API, the application's
 * {@code /api/...}, static files, redirects and error pages. The content security policy and {@code X-XSS-Protection}
 * stay the webapps' own, written for their HTML pages. Camunda's filter has no provider for {@code X-Frame-Options},
 * so one is added; nothing of the application frames its own pages (the webapps forbid it themselves with
 * {@code frame-ancestors 'none'}).
 * <p>
 * It runs first, so the responses of every later filter carry the headers too: the query-expression guard's
 * refusals, the REST API's {@code 401}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	/** After {@code OrderedCharacterEncodingFilter} (the highest precedence), before everything else. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	@Bean
	FilterRegistrationBean<HttpHeaderSecurityFilter> securityHeaderFilter(CamundaBpmProperties camunda) {
		Map<String, String> settings = new HashMap<>(camunda.getWebapp().getHeaderSecurity().getInitParams());
		settings.put(XssProtectionProvider.DISABLED_PARAM, "true");
		settings.put(ContentSecurityPolicyProvider.DISABLED_PARAM, "true");
		FilterRegistrationBean<HttpHeaderSecurityFilter> registration = new FilterRegistrationBean<>(
				new WithFrameOptions());
		registration.setName("security-headers");
		registration.setInitParameters(settings);
		registration.addUrlPatterns("/*");
		registration.setOrder(ORDER);
		return registration;
	}

	/** Camunda's filter with one more header. */
	static class WithFrameOptions extends HttpHeaderSecurityFilter {

		WithFrameOptions() {
			headerSecurityProviders.add(new FrameOptionsProvider());
		}

	}

	/** {@code X-Frame-Options: DENY}, always. */
	static class FrameOptionsProvider extends HeaderSecurityProvider {

		static final String HEADER_NAME = "X-Frame-Options";

		@Override
		public Map<String, String> initParams() {
			return initParams;
		}

		@Override
		public void parseParams() {
			setValue("DENY");
		}

		@Override
		public String getHeaderName() {
			return HEADER_NAME;
		}

	}

}
