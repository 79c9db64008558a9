package edu.college.microcredentials.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The people behind a notification's recipients ({@code user:<id>}, {@code group:<id>}: its members), from the
 * identity service, so the college directory's people and addresses count too.
 */
@Component
class MailRecipients {

	private final IdentityService identity;

	MailRecipients(IdentityService identity) {
		this.identity = identity;
	}

	/** Each person with an email address once, in the order named: user id to address. */
	Map<String, String> addresses(Collection<String> recipients) {
		// A step runs as the person who took it, who may not be allowed to read the other people: the application
		// looks them up on its own behalf.
		CommandContext step = Context.getCommandContext();
		return step == null ? lookUp(recipients) : step.runWithoutAuthorization(() -> lookUp(recipients));
	}

	private Map<String, String> lookUp(Collection<String> recipients) {
		Map<String, String> addresses = new LinkedHashMap<>();
		for (String recipient : recipients) {
			String id = recipient.substring(recipient.indexOf(':') + 1);
			var people = recipient.startsWith("group:") ? identity.createUserQuery().memberOfGroup(id).list()
					: identity.createUserQuery().userId(id).list();
			for (User person : people) {
				if (person.getEmail() != null && !person.getEmail().isBlank()) {
					addresses.putIfAbsent(person.getId(), person.getEmail());
				}
			}
		}
		return addresses;
	}

}
