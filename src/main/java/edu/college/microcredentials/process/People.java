package edu.college.microcredentials.process;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People and groups by the names staff know them by ("Priya Patel", "Continuing Education"), from the identity
 * service, so the college directory too; the id when the directory does not know it. Pages call it as
 * {@code @people}.
 */
@Component("people")
public class People {

	private final IdentityService identityService;

	People(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String name(String userId) {
		if (userId == null) {
			return null;
		}
		return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
			.map(People::fullName).orElse(userId);
	}

	public String groupName(String groupId) {
		return Optional.ofNullable(identityService.createGroupQuery().groupId(groupId).singleResult())
			.map(Group::getName).orElse(groupId);
	}

	private static String fullName(User user) {
		String name = String.join(" ", Optional.ofNullable(user.getFirstName()).orElse(""),
				Optional.ofNullable(user.getLastName()).orElse("")).trim();
		return name.isEmpty() ? user.getId() : name;
	}

}
