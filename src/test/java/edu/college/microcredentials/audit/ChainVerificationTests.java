package edu.college.microcredentials.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records changed or deleted straight in the database, after the fact, show as broken links of their proposal's
 * hash chain: to auditors at /api/audit/verification, and to monitoring as an ERROR and the gauge
 * {@code approval.audit.broken-links}. priya's proposal is decided twice; paul's, once, stays untouched.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"; and each test
// tampers with a database of its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChainVerificationTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate database;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ChainVerification verification;

	String priyas;

	String pauls;

	@BeforeEach
	void twoProposalsDecided() {
		TestUsers.createAll(identity);
		ProposalJourney journey = ProposalJourney.of(engine);
		priyas = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		journey.complete(priyas, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(priyas, "endorseConcept", "sarah", Map.of("decision", "endorsed", "reason", "Fits the plan"));
		pauls = journey.submit("paul", DemoConcepts.venipuncture()).getBusinessKey();
		journey.complete(pauls, "assessConcept", "colin", Map.of("decision", "supported"));
	}

	@Test
	void decisionWhoseReasonWasEditedInTheDatabaseIsReportedAsBrokenAndRaisesTheAlert(CapturedOutput log) {
		JsonNode untouched = verificationAs("aaron");
		assertThat(untouched.path("intact").asBoolean()).isTrue();
		assertThat(untouched.path("brokenLinks")).isEmpty();
		assertThat(brokenLinksGauge()).isZero();

		long endorsement = database.queryForObject("""
				select d.id from proposal_decision d join proposal p on p.id = d.proposal_id
				where p.reference = ? and d.stage = 'endorseConcept'""", Long.class, priyas);
		database.update("update proposal_decision set reason = 'Does not fit the plan' where id = ?", endorsement);

		JsonNode tampered = verificationAs("aaron");
		assertThat(tampered.path("intact").asBoolean()).isFalse();
		assertThat(tampered.path("brokenLinks")).extracting(link -> link.path("proposal").asText(),
				link -> link.path("kind").asText(), link -> link.path("recordId").asLong(),
				link -> link.path("problem").asText())
			.containsExactly(tuple(priyas, "decision", endorsement, "its content is not what was written"));
		assertThat(brokenLinksGauge()).isEqualTo(1);
		assertThat(log.getOut()).contains("ERROR").contains("Broken link in the records of " + priyas + ": decision "
				+ endorsement);
	}

	@Test
	void transitionDeletedFromTheDatabaseIsReportedWhereItIsMissing() {
		long submitted = database.queryForObject("""
				select t.id from proposal_transition t join proposal p on p.id = t.proposal_id
				where p.reference = ? and t.transition = 'SUBMITTED'""", Long.class, pauls);
		int position = database.queryForObject("select chain_position from proposal_transition where id = ?",
				Integer.class, submitted);
		database.update("delete from proposal_transition where id = ?", submitted);

		RecordChainReport report = verification.verify();
		assertThat(report.brokenLinks()).extracting(RecordChainReport.BrokenLink::proposal,
				RecordChainReport.BrokenLink::position, RecordChainReport.BrokenLink::problem)
			.containsExactly(tuple(pauls, position + 1, "record " + position + " of the chain is missing before it"));
		assertThat(brokenLinksGauge()).isEqualTo(1);
	}

	@Test
	void eachChainsHeadIsTheHashOfItsLatestRecordForAuditorsToKeepElsewhere() {
		JsonNode chains = verificationAs("demo").path("chains");

		String priyasLatest = database.queryForObject("""
				select t.record_hash from proposal_transition t join proposal p on p.id = t.proposal_id
				where p.reference = ? order by t.chain_position desc limit 1""", String.class, priyas);
		assertThat(chains).extracting(chain -> chain.path("proposal").asText(), chain -> chain.path("head").asText(),
				chain -> chain.path("recordsBeforeTheChain").asInt())
			.contains(tuple(priyas, priyasLatest, 0));
	}

	@Test
	void onlyAuditorsAndProcessAdministratorsMayVerify() {
		var refused = rest.withBasicAuth("priya", "priya").getForEntity("/api/audit/verification", JsonNode.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().path("message").asText())
			.isEqualTo("Only auditors (auditors) and process administrators (camunda-admin) can verify the records.");
		assertThat(rest.getForEntity("/api/audit/verification", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private JsonNode verificationAs(String user) {
		var answer = rest.withBasicAuth(user, user).getForEntity("/api/audit/verification", JsonNode.class);
		assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private double brokenLinksGauge() {
		return meters.get("approval.audit.broken-links").gauge().value();
	}

}
