package edu.college.microcredentials.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.ObjectMapper;

import edu.college.microcredentials.process.Role;

/**
 * Who is signed in, for the application's pages ({@code /proposals}, {@code /admin}) and its API ({@code /api}):
 * Spring Security, against Camunda's identity service (so the college directory too), sharing the Camunda webapps'
 * session ({@link CamundaSession}). The pages sign in with a form and protect their forms against cross-site
 * requests; the API also takes HTTP Basic, for programs. Tasklist, Cockpit, Admin and the engine's REST API keep
 * Camunda's own filters: no chain here matches them.
 */
@Configuration(proxyBeanMethods = false)
class SignIn {

	static final String PROCESS_ADMINISTRATORS = Role.PROCESS_ADMINISTRATORS.groupId();

	private static final ObjectMapper JSON = new ObjectMapper();

	@Bean
	AuthenticationProvider identityServicePasswords(IdentityService identityService) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication attempt) {
				String userId = attempt.getName();
				if (!identityService.checkPassword(userId, String.valueOf(attempt.getCredentials()))) {
					throw new BadCredentialsException("The user name or password is wrong.");
				}
				return UsernamePasswordAuthenticationToken.authenticated(userId, null, identityService
					.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
					.map(SimpleGrantedAuthority::new).toList());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain applicationApi(HttpSecurity http, ProcessEngine engine) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.securityContext(context -> context.securityContextRepository(CamundaSession.readOnly(engine)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/badges/**", "/api/achievements/**", "/api/catalogue", "/actuator/health",
						"/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority(PROCESS_ADMINISTRATORS)
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SignIn::askForBasic))
			.exceptionHandling(refusals -> refusals.authenticationEntryPoint(SignIn::askForBasic)
				.accessDeniedHandler((request, response, denied) -> answer(response, HttpStatus.FORBIDDEN,
						"You may not do this: it needs another role, or the page you came from did not send its token.")))
			// a program signs every call; a browser's signed-in session needs the page's token to change anything
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
			.headers(SignIn::leftToSecurityHeaders)
			.addFilterAfter(new EngineAuthentication(engine.getIdentityService()), AuthorizationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationPages(HttpSecurity http, ProcessEngine engine) throws Exception {
		return http.securityMatcher("/proposals/**", "/proposals", "/register/**", "/register", "/admin/**", "/login",
				"/logout", "/app/**", "/error", "/catalogue", "/catalogue/**")
			.securityContext(context -> context.securityContextRepository(CamundaSession.signingIn(engine)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/app/**", "/error", "/catalogue", "/catalogue/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasAuthority(PROCESS_ADMINISTRATORS)
				// the pipeline as a whole: the dashboard and the meeting packs (register/, docs/register.md)
				.requestMatchers("/register/dashboard/**", "/register/dashboard", "/register/packs/**",
						"/register/packs")
				.hasAnyAuthority(Role.CONTINUING_EDUCATION.groupId(), Role.SENIOR_MANAGEMENT.groupId(),
						Role.BOARD_SECRETARY.groupId(), PROCESS_ADMINISTRATORS)
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/proposals"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.headers(headers -> leftToSecurityHeaders(headers).contentSecurityPolicy(policy -> policy
				.policyDirectives("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")))
			.addFilterAfter(new EngineAuthentication(engine.getIdentityService()), AuthorizationFilter.class)
			.build();
	}

	/** A program's call without (valid) HTTP Basic credentials; the answer, like every refusal of the API, says why. */
	private static void askForBasic(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException problem) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Micro-credential approval\"");
		answer(response, HttpStatus.UNAUTHORIZED,
				"Sign in: send your user name and password with HTTP Basic, or sign in to Tasklist first.");
	}

	private static void answer(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(Map.of("type", status.name(), "message", message)));
	}

	/** The sign-in page ({@code templates/login.html}); Spring Security handles its form. */
	@Bean
	WebMvcConfigurer signInPage() {
		return new WebMvcConfigurer() {

			@Override
			public void addViewControllers(ViewControllerRegistry registry) {
				registry.addViewController("/login").setViewName("login");
			}

		};
	}

	/** {@link SecurityHeaders} already sends these on every response. */
	private static HeadersConfigurer<HttpSecurity> leftToSecurityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.frameOptions(frame -> frame.disable()).contentTypeOptions(options -> options.disable())
			.httpStrictTransportSecurity(hsts -> hsts.disable());
	}

	/**
	 * The signed-in person is the engine's authenticated user while the request runs, as Camunda's own REST filter
	 * makes them: the engine checks their grants and {@code process/ActingUser} names them.
	 */
	static class EngineAuthentication extends OncePerRequestFilter {

		private final IdentityService identityService;

		EngineAuthentication(IdentityService identityService) {
			this.identityService = identityService;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken) {
				chain.doFilter(request, response);
				return;
			}
			identityService.setAuthentication(signedIn.getName(),
					signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
			try {
				chain.doFilter(request, response);
			}
			finally {
				identityService.clearAuthentication();
			}
		}

	}

}
