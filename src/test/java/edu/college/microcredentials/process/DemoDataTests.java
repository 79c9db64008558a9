package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/** What a newcomer finds after {@code ./mvnw spring-boot:run}: people in every role and proposals at work. */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(properties = "approval.demo.enabled=true")
class DemoDataTests {

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	FilterService filterService;

	@Autowired
	DemoData demoData;

	@Autowired
	ProposalService proposals;

	@Test
	void everyRoleHasAPersonWhosePasswordIsTheirUserId() {
		for (Role role : Role.values()) {
			assertThat(identityService.createUserQuery().memberOfGroup(role.groupId()).count()).as(role.groupId())
				.isPositive();
		}
		assertThat(identityService.checkPassword("colin", "colin")).isTrue();
		assertThat(identityService.checkPassword("demo", "demo")).isTrue();
	}

	@Test
	void proposalsWaitAtDifferentStagesAndOneIsPastItsAssessmentDueDate() {
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.count()).isEqualTo(5);
		assertThat(tasksInFilter(TasklistFilters.MY_GROUPS_TASKS, "colin")).first().satisfies(task -> {
			assertThat(task.getTaskDefinitionKey()).isEqualTo("assessConcept");
			assertThat(task.getDueDate()).isBefore(new Date());
		});
		assertThat(tasksInFilter(TasklistFilters.MY_GROUPS_TASKS, "sarah")).extracting(Task::getTaskDefinitionKey)
			.containsExactly("endorseConcept");
		assertThat(tasksInFilter(TasklistFilters.MY_GROUPS_TASKS, "quinn")).extracting(Task::getTaskDefinitionKey)
			.containsExactly("reviewCurriculumQuality");
		assertThat(tasksInFilter(TasklistFilters.MY_GROUPS_TASKS, "bella")).extracting(Task::getTaskDefinitionKey)
			.containsExactly("recordBoardDecision");
		assertThat(tasksInFilter(TasklistFilters.MY_TASKS, "priya")).extracting(Task::getTaskDefinitionKey)
			.containsExactly("reviseConcept");
		assertThat(proposals.withStatus(List.of(ProposalStatus.PUBLISHED))).as("one in the public catalogue")
			.extracting(reference -> proposals.find(reference).currentConcept().getTitle())
			.containsExactly("Point-of-Care Glucose Testing");
	}

	@Test
	void runningItAgainChangesNothing() {
		long instances = runtimeService.createProcessInstanceQuery().count();

		demoData.createOnce();

		assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
		assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
	}

	private List<Task> tasksInFilter(String name, String userId) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
			.stream().map(group -> group.getId()).toList());
		try {
			return filterService.list(filter.getId());
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
