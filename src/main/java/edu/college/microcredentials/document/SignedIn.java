package edu.college.microcredentials.document;

import java.util.Collection;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person asking, as sign-in established them (the web layer's authentication, or the engine's for a step),
 * never as a request names them.
 */
public record SignedIn(String userId, Set<String> groupIds) {

	public SignedIn(String userId, Collection<String> groupIds) {
		this(userId, Set.copyOf(groupIds));
	}

	/** The person the engine's identity service has signed in, e.g. for the REST API or a step. */
	public static SignedIn of(Authentication authentication) {
		return new SignedIn(authentication.getUserId(),
				authentication.getGroupIds() == null ? Set.of() : Set.copyOf(authentication.getGroupIds()));
	}

}
