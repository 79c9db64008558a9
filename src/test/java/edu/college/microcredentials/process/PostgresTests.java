package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * The same process on the production database: a real PostgreSQL server (127.0.0.1:5432, user postgres; override
 * with POSTGRES_TEST_URL), in a database created anew for each run (and left for a look afterwards).
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresTests {

	static final String DATABASE = "microcredentials_test";

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
		LocalPostgres.useFreshDatabase(registry, DATABASE);
	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ProposalService proposals;

	@Autowired
	JdbcTemplate sql;

	@Test
	void conceptIsRevisedAssessedAndRecordedOnPostgres() {
		TestUsers.create(identityService, "priya", "colin");
		ProposalJourney journey = ProposalJourney.of(engine);
		ProcessInstance proposal = journey.submit("priya", DemoConcepts.breakingTheRules());
		journey.complete(proposal.getBusinessKey(), "reviseConcept", "priya", DemoConcepts.venipuncture());
		journey.complete(proposal.getBusinessKey(), "assessConcept", "colin",
				Map.of("decision", "notSupported", "reason", "Overlaps an existing course"));

		Proposal record = proposals.find(proposal.getBusinessKey());
		assertThat(record.getRevisions()).hasSize(2);
		assertThat(record.getRevisions().get(0).problems()).hasSize(4);
		assertThat(record.getRevisions().get(1).getCompetencies()).hasSize(3);
		assertThat(record.getStatus()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(proposal.getId())
			.singleResult().getEndActivityId()).isEqualTo("conceptNotSupported");
	}

	@Test
	void theApplicationsSessionsPlanTheTaskListAsTheBenchmarkMeasuredIt() {
		// docs/performance.md, "Task lists": without these the filter of a group with thousands of open tasks takes
		// seconds
		assertThat(sql.queryForObject("show enable_material", String.class)).isEqualTo("off");
		assertThat(sql.queryForObject("show jit", String.class)).isEqualTo("off");
	}

}
