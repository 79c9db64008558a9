package edu.college.microcredentials.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The one sign-in: the application's pages keep who is signed in exactly where the Camunda webapps keep it, the
 * webapps' session authentication ({@link Authentications} in the HTTP session). Signing in on either side signs in
 * on both; signing out of Tasklist, Cockpit or Admin (which drops it) or of the application's pages (which ends the
 * session) signs out everywhere.
 */
class CamundaSession implements SecurityContextRepository {

	/** Where the webapps keep it ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}, not public). */
	private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

	private final ProcessEngine engine;

	private final boolean signsIn;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private CamundaSession(ProcessEngine engine, boolean signsIn) {
		this.engine = engine;
		this.signsIn = signsIn;
	}

	/** For the sign-in page: a successful sign-in becomes the webapps' authentication too. */
	static CamundaSession signingIn(ProcessEngine engine) {
		return new CamundaSession(engine, true);
	}

	/** For the API: a browser already signed in is recognised; a program's HTTP Basic call leaves no session. */
	static CamundaSession readOnly(ProcessEngine engine) {
		return new CamundaSession(engine, false);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		Supplier<SecurityContext> context = () -> {
			SecurityContext loaded = contexts.createEmptyContext();
			signedIn(request).ifPresent(loaded::setAuthentication);
			return loaded;
		};
		return new DeferredSecurityContext() {

			private SecurityContext loaded;

			@Override
			public SecurityContext get() {
				if (loaded == null) {
					loaded = context.get();
				}
				return loaded;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}

		};
	}

	/**
	 * After a sign-in on the application's page: the webapps' authentication (groups, tenants, apps) in the session,
	 * whose id Spring Security has just changed against fixation.
	 */
	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = context.getAuthentication();
		if (!signsIn || authentication == null || !authentication.isAuthenticated() || containsContext(request)) {
			return;
		}
		UserAuthentication camunda = AuthenticationUtil.createAuthentication(engine, authentication.getName());
		HttpSession session = request.getSession();
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		authentications.addOrReplace(camunda);
		AuthenticationUtil.updateSession(session, authentications);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return signedIn(request).isPresent();
	}

	private Optional<Authentication> signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications)) {
			return Optional.empty();
		}
		if (!(authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user)) {
			return Optional.empty();
		}
		List<SimpleGrantedAuthority> groups = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, groups));
	}

}
