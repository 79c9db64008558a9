package edu.college.microcredentials.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.IdentityRestService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import edu.college.microcredentials.process.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST …/identity/verify} checks only the caller's own password, unless the caller is a process administrator
 * ({@code camunda-admin}). Camunda answers it for any user id: every signed-in person could test a colleague's
 * passwords, and each wrong one delays that colleague's next sign-in (docs/security.md, "Hardening").
 * <p>
 * Checked where the caller is known for sure: on the REST API ({@code /engine-rest}, also
 * {@code /engine-rest/engine/{name}}) inside Jersey, after the HTTP Basic filter has signed the caller in, on the
 * resource method itself whatever path leads to it; on the webapps' engine API
 * ({@code /camunda/api/engine/engine/{name}/identity/verify}) from the webapps' session, which only their sign-in
 * fills. A caller who is not signed in passes on to the API's own {@code 401}.
 */
@Configuration(proxyBeanMethods = false)
class OwnPasswordVerification {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Bean
	ResourceConfigCustomizer ownPasswordVerificationOnTheRestApi(IdentityService identityService) {
		return config -> config.register(new RestApiCheck(identityService));
	}

	@Bean
	FilterRegistrationBean<WebappCheck> ownPasswordVerificationOnTheWebappsApi(CamundaBpmProperties camunda) {
		String engineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
		FilterRegistrationBean<WebappCheck> registration = new FilterRegistrationBean<>(new WebappCheck(engineApi));
		registration.setName("own-password-verification");
		registration.addUrlPatterns(engineApi + "/*");
		return registration;
	}

	/**
	 * Why the caller may not verify the password asked about, if they may not.
	 * @param body the request body, {@code {"username": …, "password": …}}
	 */
	static Optional<String> refusal(String caller, Collection<String> callerGroups, byte[] body) {
		if (callerGroups.contains(Role.PROCESS_ADMINISTRATORS.groupId())) {
			return Optional.empty();
		}
		String asked;
		try {
			asked = JSON.readTree(body).path("username").asText(null);
		}
		catch (IOException notJson) {
			return Optional.empty(); // the API refuses it as it is
		}
		if (asked == null || asked.equals(caller)) {
			return Optional.empty();
		}
		return Optional.of(caller + " may verify only their own password, not " + asked
				+ "'s: only process administrators (" + Role.PROCESS_ADMINISTRATORS.groupId()
				+ ") may verify another user's password.");
	}

	/** Shaped like the REST API's own refusals. */
	static Map<String, String> error(String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("type", "AuthorizationException");
		error.put("message", message);
		return error;
	}

	/** In the REST API's Jersey application, on the resource method {@code verifyUser}, after sign-in. */
	static final class RestApiCheck implements ContainerRequestFilter {

		private final IdentityService identityService;

		@Context
		private ResourceInfo resource;

		RestApiCheck(IdentityService identityService) {
			this.identityService = identityService;
		}

		@Override
		public void filter(ContainerRequestContext request) throws IOException {
			Authentication caller = identityService.getCurrentAuthentication();
			if (caller == null || !IdentityRestService.class.isAssignableFrom(resource.getResourceClass())
					|| !resource.getResourceMethod().getName().equals("verifyUser")) {
				return;
			}
			byte[] body; // JSON, its size limited by the QueryExpressionGuard on this path
			try (InputStream entity = request.getEntityStream()) {
				body = entity.readAllBytes();
			}
			request.setEntityStream(new ByteArrayInputStream(body));
			refusal(caller.getUserId(), caller.getGroupIds(), body)
				.ifPresent(message -> request.abortWith(Response.status(Response.Status.FORBIDDEN)
					.type(MediaType.APPLICATION_JSON_VALUE)
					.entity(error(message))
					.build()));
		}

	}

	/** On the webapps' engine API, the caller from the webapps' session. */
	static final class WebappCheck extends OncePerRequestFilter {

		private final Pattern verifyPath;

		WebappCheck(String engineApi) {
			this.verifyPath = Pattern.compile(Pattern.quote(engineApi) + "/engine/([^/]+)/identity/verify/?");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
			Matcher verify = verifyPath.matcher(path);
			HttpSession session = request.getSession(false);
			// other bodies are not read (the API refuses them); JSON ones are size-limited by the QueryExpressionGuard
			if (!verify.matches() || !"POST".equals(request.getMethod())
					|| !QueryExpressionGuard.mayBeJson(request.getContentType()) || session == null
					|| !(AuthenticationUtil.getAuthsFromSession(session)
						.getAuthenticationForProcessEngine(verify.group(1)) instanceof UserAuthentication caller)) {
				chain.doFilter(request, response);
				return;
			}
			byte[] body = request.getInputStream().readAllBytes();
			Optional<String> refused = refusal(caller.getName(), caller.getGroupIds(), body);
			if (refused.isEmpty()) {
				chain.doFilter(new QueryExpressionGuard.CachedBodyRequest(request, body), response);
				return;
			}
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			JSON.writeValue(response.getOutputStream(), error(refused.get()));
		}

	}

}
