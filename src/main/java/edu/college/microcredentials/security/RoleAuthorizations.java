package edu.college.microcredentials.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ProcessKeys;
import edu.college.microcredentials.process.Role;

/**
 * What each role may do, in one table (docs/security.md explains it). At every start, missing grants are created and
 * missing permissions added to existing ones; an administrator's extra grants in Admin are left alone. Tasks need no grant here: the engine gives each task's
 * candidate groups, candidate users and assignee the right to see and work on that task, and nothing else.
 * Process administrators ({@code camunda-admin}) get every permission from Camunda's starter.
 */
@Component
public class RoleAuthorizations {

	static final String ANY = Authorization.ANY;

	/** Everyone who works in Tasklist. */
	static final List<Role> STAFF = List.of(Role.REQUESTERS, Role.CONTINUING_EDUCATION, Role.SENIOR_MANAGEMENT,
			Role.QUALITY_REVIEWERS, Role.BOARD_SECRETARY);

	static final List<Grant> GRANTS = grants();

	private final AuthorizationService authorizations;

	RoleAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	private static List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		for (Role staff : STAFF) {
			grants.add(new Grant(staff, APPLICATION, "tasklist", ACCESS));
			grants.add(new Grant(staff, FILTER, ANY, READ));
			grants.add(new Grant(staff, USER, ANY, READ));
			grants.add(new Grant(staff, GROUP, ANY, READ));
			// reviewing roles also read proposals, running (Tasklist cards show each task's proposal reference) and
			// past (the REST API finds a task in history before it takes a comment on it)
			grants.add(staff == Role.REQUESTERS ? new Grant(staff, PROCESS_DEFINITION, ANY, READ)
					: new Grant(staff, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY));
		}
		grants.add(new Grant(Role.REQUESTERS, PROCESS_DEFINITION, ProcessKeys.DEVELOPMENT, READ, CREATE_INSTANCE));
		grants.add(new Grant(Role.REQUESTERS, PROCESS_DEFINITION, ProcessKeys.WITHDRAWAL, READ, CREATE_INSTANCE));
		grants.add(new Grant(Role.REQUESTERS, PROCESS_INSTANCE, ANY, CREATE));

		grants.add(new Grant(Role.AUDITORS, APPLICATION, "cockpit", ACCESS));
		grants.add(new Grant(Role.AUDITORS, PROCESS_DEFINITION, ANY, READ, READ_HISTORY));
		grants.add(new Grant(Role.AUDITORS, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
		grants.add(new Grant(Role.AUDITORS, PROCESS_INSTANCE, ANY, READ));
		grants.add(new Grant(Role.AUDITORS, TASK, ANY, READ));
		grants.add(new Grant(Role.AUDITORS, DEPLOYMENT, ANY, READ));
		grants.add(new Grant(Role.AUDITORS, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
		grants.add(new Grant(Role.AUDITORS, USER, ANY, READ));
		grants.add(new Grant(Role.AUDITORS, GROUP, ANY, READ));
		return List.copyOf(grants);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	public void createMissing() {
		for (Grant grant : GRANTS) {
			Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(grant.role().groupId())
				.resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream().findFirst()
				.orElseGet(() -> newGrant(grant));
			if (!Arrays.stream(grant.permissions()).allMatch(authorization::isPermissionGranted)) {
				Arrays.stream(grant.permissions()).forEach(authorization::addPermission);
				authorizations.saveAuthorization(authorization);
			}
		}
	}

	private Authorization newGrant(Grant grant) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(grant.role().groupId());
		authorization.setResource(grant.resource());
		authorization.setResourceId(grant.resourceId());
		return authorization;
	}

	/** A role may do these things to this resource ({@code *} = every one of its kind). */
	record Grant(Role role, Resource resource, String resourceId, Permission... permissions) {
	}

}
