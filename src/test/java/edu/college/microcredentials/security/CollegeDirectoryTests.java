package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.InetAddress;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;

/**
 * The {@code ldap} profile against a college directory (UnboundID's in-memory LDAP server on a free loopback port):
 * people sign in at the REST API with their directory password, and the groups the directory puts them in are
 * their roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("ldap")
@DirtiesContext
class CollegeDirectoryTests {

	static final String BASE_DN = "dc=college,dc=example,dc=edu";

	static final String SERVICE_ACCOUNT = "cn=approval-app,ou=services," + BASE_DN;

	/** People in ou=people, groups named after the roles in ou=groups, and a group that is no role. */
	static final String DIRECTORY = """
			dn: dc=college,dc=example,dc=edu
			objectClass: top
			objectClass: domain
			dc: college

			dn: ou=people,dc=college,dc=example,dc=edu
			objectClass: organizationalUnit
			ou: people

			dn: ou=groups,dc=college,dc=example,dc=edu
			objectClass: organizationalUnit
			ou: groups

			dn: uid=lena,ou=people,dc=college,dc=example,dc=edu
			objectClass: inetOrgPerson
			uid: lena
			cn: Lena Fischer
			givenName: Lena
			sn: Fischer
			mail: lena.fischer@college.example.edu
			userPassword: lena-directory-secret

			dn: uid=ravi,ou=people,dc=college,dc=example,dc=edu
			objectClass: inetOrgPerson
			uid: ravi
			cn: Ravi Kumar
			givenName: Ravi
			sn: Kumar
			mail: ravi.kumar@college.example.edu
			userPassword: ravi-directory-secret

			dn: uid=dana,ou=people,dc=college,dc=example,dc=edu
			objectClass: inetOrgPerson
			uid: dana
			cn: Dana Okafor
			givenName: Dana
			sn: Okafor
			mail: dana.okafor@college.example.edu
			userPassword: dana-directory-secret

			dn: cn=continuingEducation,ou=groups,dc=college,dc=example,dc=edu
			objectClass: groupOfNames
			cn: continuingEducation
			member: uid=lena,ou=people,dc=college,dc=example,dc=edu

			dn: cn=requesters,ou=groups,dc=college,dc=example,dc=edu
			objectClass: groupOfNames
			cn: requesters
			member: uid=ravi,ou=people,dc=college,dc=example,dc=edu

			dn: cn=camunda-admin,ou=groups,dc=college,dc=example,dc=edu
			objectClass: groupOfNames
			cn: camunda-admin
			member: uid=dana,ou=people,dc=college,dc=example,dc=edu

			dn: cn=all-staff,ou=groups,dc=college,dc=example,dc=edu
			objectClass: groupOfNames
			cn: all-staff
			member: uid=lena,ou=people,dc=college,dc=example,dc=edu
			member: uid=ravi,ou=people,dc=college,dc=example,dc=edu
			member: uid=dana,ou=people,dc=college,dc=example,dc=edu
			""";

	static final InMemoryDirectoryServer directory = startDirectory();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	static InMemoryDirectoryServer startDirectory() {
		try {
			InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
			config.setListenerConfigs(
					InMemoryListenerConfig.createLDAPConfig("college", InetAddress.getLoopbackAddress(), 0, null));
			config.addAdditionalBindCredentials(SERVICE_ACCOUNT, "app-secret");
			InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
			server.importFromLDIF(true, new LDIFReader(new BufferedReader(new StringReader(DIRECTORY))));
			server.startListening();
			return server;
		}
		catch (LDAPException e) {
			throw new IllegalStateException("The in-memory college directory did not start", e);
		}
	}

	@DynamicPropertySource
	static void collegeDirectory(DynamicPropertyRegistry properties) {
		properties.add("approval.ldap.server-url",
				() -> "ldap://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + directory.getListenPort());
		properties.add("approval.ldap.manager-dn", () -> SERVICE_ACCOUNT);
		properties.add("approval.ldap.manager-password", () -> "app-secret");
		properties.add("approval.ldap.administrator-user-name", () -> "dana");
	}

	@AfterAll
	static void stopDirectory() {
		directory.shutDown(true);
	}

	@Test
	void peopleAndTheirRolesComeFromTheDirectory() {
		assertThat(identityService.isReadOnly()).isTrue();

		User lena = identityService.createUserQuery().userId("lena").singleResult();
		assertThat(lena.getFirstName()).isEqualTo("Lena");
		assertThat(lena.getEmail()).isEqualTo("lena.fischer@college.example.edu");
		assertThat(identityService.createGroupQuery().groupMember("lena").list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("continuingEducation", "all-staff");
		assertThat(identityService.createUserQuery().memberOfGroup("requesters").list()).extracting(User::getId)
			.containsExactly("ravi");
		assertThat(identityService.checkPassword("lena", "lena-directory-secret")).isTrue();
		assertThat(identityService.checkPassword("lena", "lena")).isFalse();
		// no demo people and no starter-made administrator in a read-only identity service
		assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
		assertThat(identityService.createUserQuery().userId("priya").count()).isZero();
	}

	@Test
	void aUserSignedInThroughTheDirectorySeesTheTasksOfTheRoleTheirGroupMapsTo() {
		ResponseEntity<JsonNode> started = post(
				"/engine-rest/process-definition/key/micro-credential-development/submit-form", "ravi",
				"ravi-directory-secret", Map.of("variables", TasklistRestClient.typed(DemoConcepts.venipuncture())));
		assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
		String reference = started.getBody().path("businessKey").asText();

		// Lena is in the directory group continuingEducation: the engine offers her that role's task
		JsonNode offeredToLena = get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&candidateUser=lena",
				"lena", "lena-directory-secret");
		assertThat(offeredToLena).hasSize(1);
		assertThat(offeredToLena.get(0).path("name").asText()).startsWith("Assess concept \u00b7 " + reference);
		assertThat(offeredToLena.get(0).path("taskDefinitionKey").asText()).isEqualTo("assessConcept");
		JsonNode lenasGroupTasks = get(
				"/engine-rest/task?processInstanceBusinessKey=" + reference + "&candidateGroup=continuingEducation",
				"lena", "lena-directory-secret");
		assertThat(lenasGroupTasks).extracting(task -> task.path("id").asText())
			.containsExactly(offeredToLena.get(0).path("id").asText());
		// ... as her own REST view of her groups says
		JsonNode lenasGroups = get("/engine-rest/identity/groups?userId=lena", "lena", "lena-directory-secret");
		assertThat(lenasGroups.path("groups")).extracting(group -> group.path("id").asText())
			.contains("continuingEducation");

		// ... and she can take it on
		ResponseEntity<JsonNode> claimed = post("/engine-rest/task/" + offeredToLena.get(0).path("id").asText() + "/claim",
				"lena", "lena-directory-secret", Map.of("userId", "lena"));
		assertThat(claimed.getStatusCode()).as("%s", claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		// Ravi, a requester, is offered nothing of the CE team's
		assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&candidateUser=ravi", "ravi",
				"ravi-directory-secret")).isEmpty();
	}

	@Test
	void aWrongOrUnknownDirectoryPasswordIsNotLetIn() {
		assertThat(status("/engine-rest/task", "lena", "lena")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("/engine-rest/task", "lena", "")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("/engine-rest/task", "nobody", "nobody")).isEqualTo(HttpStatus.UNAUTHORIZED);
		// The directory matches "LENA" and "lena " to lena; signed in under such a name she would not be the "lena"
		// the four-eyes rule and her assignments know
		assertThat(status("/engine-rest/task", "LENA", "lena-directory-secret")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("/engine-rest/task", "lena ", "lena-directory-secret")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("/engine-rest/task", "lena", "lena-directory-secret")).isEqualTo(HttpStatus.OK);
	}

	// --- through the REST API, as Tasklist does

	private JsonNode get(String path, String user, String password) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
		assertThat(response.getStatusCode()).as("GET %s as %s: %s", path, user, response.getBody())
			.isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private HttpStatus status(String path, String user, String password) {
		return HttpStatus.valueOf(
				rest.withBasicAuth(user, password).getForEntity(path, String.class).getStatusCode().value());
	}

	private ResponseEntity<JsonNode> post(String path, String user, String password, Object body) {
		return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, new HttpEntity<>(body),
				new ParameterizedTypeReference<JsonNode>() {
				});
	}

}
