package edu.college.microcredentials.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.audit.ChainVerification;
import edu.college.microcredentials.audit.RecordChainReport;
import edu.college.microcredentials.document.ProposalDocuments;
import edu.college.microcredentials.document.SignedIn;
import edu.college.microcredentials.notification.NotificationService;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.TasklistRestClient;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.ProposalNotFoundException;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Ten years after a proposal ended, its record and the engine's history of it go together, and only a note of the
 * removal stays; proposals still running, or ended more recently, keep everything.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordRetentionTests {

	static final Duration TEN_YEARS = Duration.ofDays(3650);

	static final byte[] LETTER = "Toronto General: 12 placements a term".getBytes(StandardCharsets.UTF_8);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService history;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalDocuments documents;

	@Autowired
	NotificationService notifications;

	@Autowired
	ChainVerification chains;

	@Autowired
	RecordRetention retention;

	@Autowired
	JdbcTemplate database;

	TasklistRestClient tasklist;

	@BeforeEach
	void createPeople() {
		tasklist = new TasklistRestClient(rest);
		TestUsers.createAllWithMailAddresses(identityService);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void tenYearsAfterItWasDeclinedAProposalsRecordAndHistoryGoTogetherAndANoteStays() {
		Instant start = Instant.now();
		String declinedLongAgo = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		documents.attach(declinedLongAgo, "placements.txt", new ByteArrayInputStream(LETTER), LETTER.length,
				"Letter of the hospital", new SignedIn("priya", Set.of("requesters")));
		decline(declinedLongAgo);
		String stillInProgress = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		String declinedLater = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(400))));
		decline(declinedLater);
		String chainHead = chains.verify().chains().stream()
			.filter(chain -> chain.proposal().equals(declinedLongAgo)).findFirst().orElseThrow().head();
		int mailAboutIt = mailAbout(declinedLongAgo);
		int allMail = database.queryForObject("select count(*) from mail_delivery", Integer.class);
		assertThat(mailAboutIt).as("the author and the assessors were told").isPositive();
		List<String> itsInstances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(declinedLongAgo).list().stream().map(instance -> instance.getId()).toList();
		assertThat(operationsOf(itsInstances)).as("the assessor's completion is logged").isPositive();

		ClockUtil.setCurrentTime(Date.from(start.plus(TEN_YEARS).plus(Duration.ofDays(1))));
		List<RemovedRecord> removed = retention.removeWhatIsPastRetention();

		assertThat(removed).extracting(RemovedRecord::getReference).containsExactly(declinedLongAgo);
		assertThatThrownBy(() -> proposals.find(declinedLongAgo)).isInstanceOf(ProposalNotFoundException.class);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(declinedLongAgo).count())
			.isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(declinedLongAgo).count())
			.isZero();
		assertThat(operationsOf(itsInstances)).as("no log entry left of its instances").isZero();
		assertThat(documents.listFor(declinedLongAgo)).isEmpty();
		assertThat(notifications.writtenAbout(declinedLongAgo)).isEmpty();
		assertThat(database.queryForObject("select count(*) from mail_delivery", Integer.class))
			.isEqualTo(allMail - mailAboutIt);

		for (String kept : List.of(stillInProgress, declinedLater)) {
			assertThat(proposals.find(kept).getReference()).isEqualTo(kept);
			assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(kept).count()).isOne();
			assertThat(notifications.writtenAbout(kept)).isNotEmpty();
		}
		RecordChainReport afterwards = chains.verify();
		assertThat(afterwards.intact()).isTrue();
		assertThat(afterwards.chains()).extracting(RecordChainReport.Chain::proposal).doesNotContain(declinedLongAgo);

		JsonNode notes = tasklist.get("/api/audit/removed-records", "aaron");
		assertThat(notes).hasSize(1);
		JsonNode note = notes.get(0);
		assertThat(note.path("reference").asText()).isEqualTo(declinedLongAgo);
		assertThat(note.path("endedAs").asText()).isEqualTo("DECLINED");
		assertThat(Instant.parse(note.path("endedAt").asText())).isBefore(start.plus(Duration.ofMinutes(5)));
		assertThat(note.path("processInstances").asInt()).isOne();
		assertThat(note.path("chainHead").asText()).as("matches the head the auditors kept").isEqualTo(chainHead);
		assertThat(tasklist.getEntity("/api/audit/removed-records", "priya").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(retention.removeWhatIsPastRetention()).as("nothing more is due the same night").isEmpty();
	}

	@Test
	void aProposalThatHasNotEndedIsNeverRemovedWhateverTheDate() {
		String inProgress = tasklist.submitConcept("priya", DemoConcepts.venipuncture());
		Instant farFuture = Instant.now().plus(TEN_YEARS.multipliedBy(3));

		assertThatThrownBy(() -> proposals.remove(inProgress, farFuture)).isInstanceOf(IllegalStateException.class)
			.hasMessage("%s is in progress; only a record that ended before %s is removed", inProgress, farFuture);
		ClockUtil.setCurrentTime(Date.from(farFuture));
		assertThat(retention.removeWhatIsPastRetention()).extracting(RemovedRecord::getReference)
			.doesNotContain(inProgress);

		assertThat(proposals.find(inProgress).getRevisions()).hasSize(1);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(inProgress).count()).isOne();
	}

	private String decline(String reference) {
		tasklist.complete(reference, "assessConcept", "colin",
				Map.of("decision", "notSupported", "reason", "Overlaps the existing phlebotomy certificate"));
		assertThat(proposals.find(reference).getStatus().hasEnded()).isTrue();
		return reference;
	}

	private int mailAbout(String reference) {
		return database.queryForObject("""
				select count(*) from mail_delivery d join notification n on n.id = d.notification_id
				where n.proposal_reference = ?""", Integer.class, reference);
	}

	private long operationsOf(List<String> processInstances) {
		return processInstances.stream()
			.mapToLong(instance -> history.createUserOperationLogQuery().processInstanceId(instance).count())
			.sum();
	}

}
