package edu.college.microcredentials.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates a Camunda group for each {@link Role} that does not have one yet, at every start. */
@Component
class RoleGroups {

	private final IdentityService identityService;

	RoleGroups(IdentityService identityService) {
		this.identityService = identityService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	public void createMissingGroups() {
		if (identityService.isReadOnly()) {
			return; // groups come from the college directory
		}
		for (Role role : Role.values()) {
			if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
				Group group = identityService.newGroup(role.groupId());
				group.setName(role.displayName());
				group.setType("WORKFLOW");
				identityService.saveGroup(group);
			}
		}
	}

}
