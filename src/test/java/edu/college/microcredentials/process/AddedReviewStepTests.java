package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.notification.Notification;
import edu.college.microcredentials.notification.NotificationRepository;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.LifecycleEntry;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * An administrator adds a step in Modeler: "Review budget" between writing and reviewing the full proposal, with a
 * name, a form and a candidate group and nothing else. Deployed as the diagram's next version, the step is tracked
 * on the record, announced to the people concerned, shows the proposal's summary and refuses its author.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
class AddedReviewStepTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProposalService proposals;

	@Autowired
	NotificationRepository notifications;

	@BeforeEach
	void deploySecondVersionWithABudgetReview() {
		TestUsers.create(identityService, "colin", "sarah", "adam", "ava");
		// sam sits on the Senior Management Team and also proposes micro-credentials for his area
		if (identityService.createUserQuery().userId("sam").count() == 0) {
			identityService.saveUser(identityService.newUser("sam"));
			identityService.createMembership("sam", Role.REQUESTERS.groupId());
			identityService.createMembership("sam", Role.SENIOR_MANAGEMENT.groupId());
		}
		BudgetReviewVersion.deploy(repositoryService);
	}

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
	}

	@Test
	void theAddedStepIsTrackedNotifiedSummarisedAndGuardedByTheFourEyesRule() {
		ProposalJourney journey = new ProposalJourney(repositoryService, formService, taskService, identityService);
		ProcessInstance proposal = journey.submit("sam", DemoConcepts.venipuncture());
		String reference = proposal.getBusinessKey();
		assertThat(proposal.getProcessDefinitionId()).isEqualTo(latestDevelopment().getId());
		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(reference, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		journey.complete(reference, "formAdvisoryTeam", "colin",
				DemoConcepts.advisoryTeam());
		journey.complete(reference, "writeFullProposal", "adam", DemoConcepts.fullProposal());

		Task budget = journey.openTask(reference);
		assertThat(budget.getTaskDefinitionKey()).isEqualTo("reviewBudget");
		Proposal atBudget = proposals.find(reference);
		assertThat(atBudget.getStage()).isEqualTo("Review budget");
		assertThat(atBudget.getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(atBudget.getLifecycle()).last().extracting(LifecycleEntry::getStage).isEqualTo("Review budget");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(reference)).last().satisfies(notice -> {
			assertThat(notice.getSubject()).isEqualTo("[" + reference + "] Review budget");
			assertThat(notice.getRecipients()).contains("user:sam", "group:seniorManagement");
		});
		SpinJsonNode summary = (SpinJsonNode) taskService.getVariableLocal(budget.getId(), "proposal");
		assertThat(summary.prop("reference").stringValue()).isEqualTo(FormText.literal(reference));
		assertThat(summary.prop("title").stringValue()).isEqualTo("Venipuncture Techniques");
		assertThat(summary.prop("resourcesNeeded").stringValue()).isEqualTo("Simulation lab time, one faculty lead");

		long noticesBefore = notifications.count();
		assertThatThrownBy(() -> journey.complete(reference, "reviewBudget", "sam",
				Map.of("decision", "approved", "reason", "My own budget is fine")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Four-eyes rule: sam submitted " + reference + " and cannot claim or decide on it")
			.hasMessageContaining("Leave \"Review budget\" for a colleague");
		assertThat(journey.openTask(reference).getId()).isEqualTo(budget.getId());
		assertThat(proposals.find(reference).getDecisions()).extracting(Decision::getStage)
			.doesNotContain("reviewBudget");
		assertThat(notifications.count()).isEqualTo(noticesBefore);

		journey.complete(reference, "reviewBudget", "sarah",
				Map.of("decision", "approved", "reason", "Within the lab's budget"));
		assertThat(journey.openTask(reference).getTaskDefinitionKey()).isEqualTo("reviewFullProposal");
		assertThat(proposals.find(reference).getDecisions()).last()
			.extracting(Decision::getStage, Decision::getStageName, Decision::getOutcome, Decision::getReason,
					Decision::getDecidedBy)
			.containsExactly("reviewBudget", "Review budget", "approved", "Within the lab's budget", "sarah");
		assertThat(notifications.findByProposalReferenceOrderByIdAsc(reference)).extracting(Notification::getSubject)
			.last().isEqualTo("[" + reference + "] Review full proposal");
	}

	private ProcessDefinition latestDevelopment() {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DEVELOPMENT)
			.latestVersion().singleResult();
	}

}
