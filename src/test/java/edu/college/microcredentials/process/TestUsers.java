package edu.college.microcredentials.process;

import org.camunda.bpm.engine.IdentityService;

/** Creates the people the tests act as, once per engine. */
public final class TestUsers {

	private TestUsers() {
	}

	public static void create(IdentityService identity, String... userIds) {
		for (String id : userIds) {
			if (identity.createUserQuery().userId(id).count() == 0) {
				var user = identity.newUser(id);
				user.setFirstName(id);
				user.setLastName("Tester");
				user.setPassword(id);
				identity.saveUser(user);
			}
		}
	}

}
