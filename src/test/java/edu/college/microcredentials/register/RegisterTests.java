package edu.college.microcredentials.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;
import edu.college.microcredentials.register.Pipeline.Made;
import edu.college.microcredentials.register.Pipeline.Stage;
import edu.college.microcredentials.register.Register.Order;
import edu.college.microcredentials.register.Register.Query;

/**
 * With 200 proposals at every stage, the register finds them by words, filters and sorts them as asked, and shows
 * each person only what they may read; a concept nearly identical to a published credential finds it first.
 */
@DirtiesContext
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterTests {

	static final Set<String> CE_TEAM = Set.of(Role.CONTINUING_EDUCATION.groupId());

	static final Set<String> REQUESTERS = Set.of(Role.REQUESTERS.groupId());

	@Autowired
	ProposalService proposals;

	@Autowired
	Register register;

	@Autowired
	IdentityService identity;

	List<Made> pipeline;

	String spectrophotometry;

	String publishedPhlebotomy;

	String newPhlebotomy;

	@BeforeAll
	void twoHundredProposalsAtEveryStage() {
		TestUsers.createAll(identity);
		pipeline = Pipeline.make(proposals, 197);
		spectrophotometry = Pipeline.make(proposals, Concept.builder().title("Laboratory Instruments")
			.programArea("Laboratory Sciences").competency("Calibrate a spectrophotometer", null)
			.learningOutcomes("Keep instruments within tolerance").build(), "paul", Stage.ENDORSING);
		publishedPhlebotomy = Pipeline.make(proposals, phlebotomy("Paediatric Phlebotomy"), "priya",
				Stage.PUBLISHED);
		newPhlebotomy = Pipeline.make(proposals, phlebotomy("Phlebotomy for Paediatric Patients"), "paul",
				Stage.ASSESSING);
	}

	@Test
	void findsAProposalByAWordOfOneOfItsCompetencies() {
		Register.Page found = search(new Query("spectrophotometers", null, null, null, false, null));

		assertThat(found.entries()).extracting(RegisterEntry::getReference).containsExactly(spectrophotometry);
	}

	@Test
	void wordsNarrowTheSearchAcrossTitleCompetenciesOutcomesPartnerAndArea() {
		assertThat(search(new Query("welding", null, null, null, false, null)).total())
			.isEqualTo(count(made -> made.title().startsWith("Welding")));
		assertThat(search(new Query("welding \"Toronto General\"", null, null, null, false, null)).total())
			.isEqualTo(count(made -> made.title().startsWith("Welding") && made.number() % 3 == 0));
		assertThat(search(new Query("nursing", null, null, null, false, null)).total())
			.isEqualTo(count(made -> made.programArea().equals("Nursing")));
	}

	@Test
	void filtersByStageStatusProgramAreaAndOverdue() {
		assertThat(search(new Query(null, "Record Board decision", null, null, false, null)).total())
			.isEqualTo(count(made -> made.stage() == Stage.AT_BOARD));
		assertThat(search(new Query(null, null, ProposalStatus.PUBLISHED, null, false, null)).total())
			.isEqualTo(count(made -> made.stage() == Stage.PUBLISHED) + 1);
		assertThat(search(new Query(null, null, ProposalStatus.WITHDRAWN, "Business", false, null)).entries())
			.extracting(RegisterEntry::getReference)
			.containsExactlyInAnyOrderElementsOf(references(made -> made.stage() == Stage.WITHDRAWN
					&& made.programArea().equals("Business")));
		assertThat(search(new Query(null, null, null, null, true, null)).entries())
			.extracting(RegisterEntry::getReference)
			.containsExactlyInAnyOrderElementsOf(references(made -> made.stage() == Stage.ASSESSING_OVERDUE));
	}

	@Test
	void sortsByTitleAndByDueDate() {
		List<String> byTitle = search(new Query("safety", null, null, null, false, Order.TITLE)).entries().stream()
			.map(RegisterEntry::getTitle).toList();
		assertThat(byTitle).hasSizeGreaterThan(10).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

		List<RegisterEntry> byDue = search(new Query(null, null, ProposalStatus.IN_PROGRESS, null, false, Order.DUE))
			.entries();
		assertThat(byDue).extracting(RegisterEntry::getDueAt).isSortedAccordingTo(Comparator.nullsLast(
				Comparator.naturalOrder()));
		assertThat(byDue.get(0).isOverdue(java.time.Instant.now())).isTrue();
	}

	@Test
	void hidesFromEachRoleWhatItMayNotSee() {
		assertThat(register.search(Query.all(), "colin", CE_TEAM, 0, 500).total()).isEqualTo(200);
		assertThat(register.search(Query.all(), "aaron", Set.of(Role.AUDITORS.groupId()), 0, 500).total())
			.isEqualTo(200);
		assertThat(register.search(Query.all(), "sarah", Set.of(Role.SENIOR_MANAGEMENT.groupId()), 0, 500).total())
			.isEqualTo(200);

		Register.Page priyas = register.search(Query.all(), "priya", REQUESTERS, 0, 500);
		assertThat(priyas.entries()).extracting(RegisterEntry::getReference)
			.containsExactlyInAnyOrderElementsOf(visibleTo("priya"));

		Register.Page adams = register.search(new Query("welding", null, null, null, false, null), "adam",
				REQUESTERS, 0, 500);
		assertThat(adams.entries()).isNotEmpty()
			.allSatisfy(entry -> assertThat(proposals.find(entry.getReference()).mayBeReadBy("adam", REQUESTERS))
				.isTrue());

		assertThat(register.search(Query.all(), "ravi", REQUESTERS, 0, 500).total()).isZero();
	}

	@Test
	void aConceptNearlyIdenticalToAPublishedCredentialListsThatCredentialFirst() {
		List<Register.Similar> similar = register.similarTo(newPhlebotomy, "colin", CE_TEAM, 5);

		assertThat(similar).isNotEmpty();
		assertThat(similar.get(0).reference()).isEqualTo(publishedPhlebotomy);
		assertThat(similar.get(0).status()).isEqualTo(ProposalStatus.PUBLISHED);
		assertThat(similar.get(0).why()).contains("title: paediatric, phlebotomy").contains("competencies:");
		assertThat(similar).extracting(Register.Similar::reference).doesNotContain(newPhlebotomy);
	}

	@Test
	void similarCredentialsAreOnlyThoseTheReaderMaySee() {
		assertThat(register.similarTo(newPhlebotomy, "paul", REQUESTERS, 5))
			.allSatisfy(similar -> assertThat(proposals.find(similar.reference()).mayBeReadBy("paul", REQUESTERS))
				.isTrue());
	}

	private Register.Page search(Query query) {
		return register.search(query, "colin", CE_TEAM, 0, 500);
	}

	private List<String> visibleTo(String userId) {
		return proposals.references().stream()
			.filter(reference -> proposals.find(reference).mayBeReadBy(userId, REQUESTERS)).toList();
	}

	private long count(java.util.function.Predicate<Made> which) {
		return pipeline.stream().filter(which).count();
	}

	private List<String> references(java.util.function.Predicate<Made> which) {
		return pipeline.stream().filter(which).map(Made::reference).collect(Collectors.toList());
	}

	private static Concept phlebotomy(String title) {
		return Concept.builder().title(title).programArea("Laboratory Sciences")
			.purpose("Train assistants to draw blood from children safely")
			.competency("Perform venipuncture on infants and children", null)
			.competency("Calm and position a young patient", null)
			.competency("Label paediatric specimens", null)
			.learningOutcomes("Collect blood from children safely; label specimens; comfort the patient")
			.industryPartner("SickKids Hospital laboratory").build();
	}

}
