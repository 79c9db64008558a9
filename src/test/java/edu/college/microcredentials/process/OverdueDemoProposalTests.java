package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.notification.Notification;
import edu.college.microcredentials.notification.NotificationRepository;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * The demo proposal submitted five weeks ago, as the embedded default runs it: with the job executor on, both
 * timers of "Assess concept" fire, and the proposal is still in progress at that step.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(properties = { "approval.demo.enabled=true", "camunda.bpm.job-execution.enabled=true" })
class OverdueDemoProposalTests {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ProposalService proposals;

	@Autowired
	NotificationRepository notifications;

	@Test
	void overdueProposalIsRemindedAndEscalatedAndStaysAtAssessConcept() throws InterruptedException {
		ProcessInstance overdue = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ProcessKeys.DEVELOPMENT).orderByProcessInstanceId().asc().list().stream()
			.filter(instance -> proposals.find(instance.getBusinessKey()).getSubmittedAt()
				.isBefore(Instant.now().minus(Duration.ofDays(30))))
			.findFirst().orElseThrow();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (subjects(overdue.getBusinessKey()).stream().filter(subject -> subject.contains("Reminder")
				|| subject.contains("Overdue")).count() < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}

		assertThat(subjects(overdue.getBusinessKey())).contains(
				"[" + overdue.getBusinessKey() + "] Reminder: concept assessment due",
				"[" + overdue.getBusinessKey() + "] Overdue: concept assessment");
		assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(overdue.getId())
			.activityId("assessmentEscalated").finished().count()).isEqualTo(1);
		Proposal record = proposals.find(overdue.getBusinessKey());
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(record.getStage()).isEqualTo("Assess concept");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(overdue.getId()).count()).isOne();
	}

	private List<String> subjects(String reference) {
		return notifications.findByProposalReferenceOrderByIdAsc(reference).stream().map(Notification::getSubject)
			.toList();
	}

}
