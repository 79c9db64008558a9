package edu.college.microcredentials.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates the people the tests act as, in the roles of the demo people of the same id, once per engine. */
public final class TestUsers {

	private TestUsers() {
	}

	public static void create(IdentityService identity, String... userIds) {
		for (String id : userIds) {
			if (identity.createUserQuery().userId(id).count() > 0) {
				continue;
			}
			var user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Tester");
			user.setPassword(id);
			identity.saveUser(user);
			DemoData.PEOPLE.stream().filter(person -> person.get(0).equals(id)).map(person -> person.get(3))
				.forEach(group -> identity.createMembership(id, group));
		}
	}

	/** Acts as the person, with their groups, as Tasklist and the REST API do after sign-in. */
	public static void signIn(IdentityService identity, String userId) {
		identity.setAuthentication(userId,
				identity.createGroupQuery().groupMember(userId).list().stream().map(group -> group.getId()).toList());
	}

	/** Everyone of the demo cast. */
	public static void createAll(IdentityService identity) {
		create(identity, DemoData.PEOPLE.stream().map(person -> person.get(0)).toArray(String[]::new));
	}

	/** Everyone of the demo cast, each with a mail address ({@code priya@college.example.edu}). */
	public static void createAllWithMailAddresses(IdentityService identity) {
		createAll(identity);
		for (User person : identity.createUserQuery().list()) {
			person.setEmail(person.getId() + "@college.example.edu");
			identity.saveUser(person);
		}
	}

}
