package edu.college.microcredentials.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import edu.college.microcredentials.audit.ChainVerification;
import edu.college.microcredentials.audit.RecordChainReport;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalRepository;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * The new version started on a database that release 0.1 made and used (its five demo proposals, engine tables
 * included, in {@code src/test/resources/release-0.1/}): every proposal is kept, the one release 0.1 marked
 * declined by mistake is back at its assessment, and proposals underway go on with their next step on the diagram
 * version they started on.
 */
// the proposals are read as the upgrade left them before any is taken further
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UpgradeFromFirstRelease {

	@Autowired
	Flyway flyway;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalRepository allProposals;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ChainVerification recordChains;

	@Test
	void theFirstReleasesTablesAreBaselinedAndUpgradedInPlace() {
		assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion(),
				migration -> migration.getType().name(), migration -> migration.getState().isApplied())
			.containsExactly(tuple("1", "BASELINE", true),
					tuple("2", "SQL", true),
					tuple("3", "SQL", true), tuple("4", "SQL", true),
					tuple("5", "SQL", true), tuple("6", "SQL", true), tuple("7", "SQL", true),
					tuple("8", "SQL", true), tuple("9", "SQL", true), tuple("10", "SQL", true),
					tuple("11", "SQL", true), tuple("12", "SQL", true), tuple("13", "SQL", true),
					tuple("14", "SQL", true));
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void everyProposalOfTheFirstReleaseIsKeptWithItsRevisionsAndDecisions() {
		assertThat(allProposals.count()).isEqualTo(5);
		assertThat(Stream.of("MC-2026-0001", "MC-2026-0002", "MC-2026-0003", "MC-2026-0004", "MC-2026-0005")
			.map(proposals::find)).extracting(Proposal::getReference, Proposal::getAuthor,
				proposal -> proposal.currentConcept().getTitle(), proposal -> proposal.currentConcept().isConversion(),
				proposal -> proposal.currentConcept().getCompetencies().size(),
				proposal -> proposal.getDecisions().size())
			.containsExactly(tuple("MC-2026-0001", "priya", "Venipuncture Techniques", false, 3, 0),
					tuple("MC-2026-0002", "priya", "IV Insertion and Maintenance", false, 3, 1),
					tuple("MC-2026-0003", "priya", "Contrast Injection for Radiological Technologists", true, 3, 3),
					tuple("MC-2026-0004", "priya", "Biochemistry for MLA", false, 3, 5),
					tuple("MC-2026-0005", "priya", "Venipuncture Techniques", false, 0, 0));
	}

	@Test
	void theOverdueProposalIsBackAtAssessConceptInsteadOfDeclined() {
		Proposal overdue = proposals.find("MC-2026-0001");
		assertThat(overdue.getStatus()).isEqualTo(ProposalStatus.IN_PROGRESS);
		assertThat(overdue.getStage()).isEqualTo("Assess concept");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void proposalsUnderwayGoOnWithTheirNextStep() {
		ProposalJourney journey = ProposalJourney.of(engine);
		journey.complete("MC-2026-0001", "assessConcept", "colin",
				Map.of("decision", "supported", "reason", "Twelve partner hospitals ask for it"));
		journey.complete("MC-2026-0002", "endorseConcept", "sarah",
				Map.of("decision", "notEndorsed", "reason", "No budget line this year"));
		journey.complete("MC-2026-0004", "recordBoardDecision", "bella",
				Map.of("decision", "approved", "meetingDate", "2027-03-18", "motionNumber", "BoG-2027-14"));

		assertThat(proposals.find("MC-2026-0001").getStage()).isEqualTo("Endorse concept");
		Proposal notEndorsed = proposals.find("MC-2026-0002");
		assertThat(notEndorsed.getStatus()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(notEndorsed.lastDecision().orElseThrow().getReason()).isEqualTo("No budget line this year");
		assertThat(proposals.find("MC-2026-0004").getStatus())
			.isEqualTo(ProposalStatus.PUBLISHED);

		RecordChainReport records = recordChains.verify();
		assertThat(records.brokenLinks()).isEmpty();
		assertThat(records.chains()).filteredOn(chain -> chain.proposal().equals("MC-2026-0002"))
			.as("the records the first release wrote stay before the chain; what follows them is sealed")
			.singleElement()
			.satisfies(chain -> {
				assertThat(chain.recordsBeforeTheChain()).isPositive();
				assertThat(chain.records()).isPositive();
			});
	}

}
