package edu.college.microcredentials.document;

import static edu.college.microcredentials.document.DocumentTypesTests.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.process.TestUsers;

/**
 * Documents of a real proposal on the embedded database: the author attaches, the CE team lists and downloads, a
 * stranger is refused, and an oversized or disguised upload is refused with the message the person sees while
 * nothing is stored.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@RecordApplicationEvents
class ProposalDocumentsTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	ProposalDocuments documents;

	@Autowired
	ProposalDocumentRepository stored;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationEvents events;

	ProposalJourney journey;

	String reference;

	@BeforeEach
	void aConceptIsSubmitted() {
		TestUsers.createAll(engine.getIdentityService());
		journey = ProposalJourney.of(engine);
		reference = journey.submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
	}

	@Test
	void theAuthorAttachesABudgetSheetAndTheContinuingEducationTeamListsAndDownloadsIt() {
		byte[] budget = sample("budget.xlsx");

		DocumentListing attached = documents.attach(reference, "Budget 2027.xlsx", new ByteArrayInputStream(budget),
				budget.length, "Instructor hours and lab supplies", as("priya"));

		assertThat(attached.url()).isEqualTo("/proposals/" + reference + "/documents/" + attached.id());
		assertThat(documents.listFor(reference, as("colin"))).singleElement().satisfies(listed -> {
			assertThat(listed.fileName()).isEqualTo("Budget 2027.xlsx");
			assertThat(listed.mediaType()).isEqualTo(XLSX);
			assertThat(listed.sizeBytes()).isEqualTo(budget.length);
			assertThat(listed.description()).isEqualTo("Instructor hours and lab supplies");
			assertThat(listed.addedBy()).isEqualTo("priya");
			assertThat(listed.addedByName()).isEqualTo("priya Tester");
			assertThat(listed.addedAt()).isNotNull();
		});
		DocumentContent download = documents.open(reference, attached.id(), as("colin"));
		assertThat(download.fileName()).isEqualTo("Budget 2027.xlsx");
		assertThat(download.mediaType()).isEqualTo(XLSX);
		assertThat(download.content()).isEqualTo(budget);
		assertThat(events.stream(DocumentAttached.class)).singleElement()
			.satisfies(event -> assertThat(event.reference()).isEqualTo(reference))
			.satisfies(event -> assertThat(event.by()).isEqualTo("priya"));
	}

	@Test
	void aRequesterWhoIsNotTheAuthorIsRefusedAndNothingIsStored() {
		byte[] letter = sample("endorsement-letter.pdf");
		documents.attach(reference, "letter.pdf", new ByteArrayInputStream(letter), letter.length, null, as("priya"));
		long before = stored.count();

		assertThatThrownBy(() -> documents.attach(reference, "letter.pdf", new ByteArrayInputStream(letter),
				letter.length, null, as("paul")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(403))
			.hasMessage("Only the author of " + reference
					+ ", its advisory team, reviewing staff and auditors can see and add its documents.");
		assertThatThrownBy(() -> documents.listFor(reference, as("paul")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(403));
		long id = documents.listFor(reference, as("priya")).get(0).id();
		assertThatThrownBy(() -> documents.open(reference, id, as("paul")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(403));
		assertThat(stored.count()).isEqualTo(before);
	}

	@Test
	void anOversizedUploadIsRefusedWithItsSizeAndNothingIsStored() {
		long before = stored.count();
		byte[] letter = sample("endorsement-letter.pdf");

		assertThatThrownBy(() -> documents.attach(reference, "budget.pdf", new ByteArrayInputStream(letter),
				(long) (14.2 * 1024 * 1024), null, as("priya")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(400))
			.hasMessage("budget.pdf is 14.2 MB; documents may be at most 10 MB.");

		byte[] large = Arrays.copyOf(letter, 10 * 1024 * 1024 + 1);
		assertThatThrownBy(() -> documents.attach(reference, "scan.pdf", new ByteArrayInputStream(large), -1, null,
				as("priya")))
			.hasMessage("scan.pdf is larger than 10 MB; documents may be at most 10 MB.");
		assertThat(stored.count()).isEqualTo(before);
		assertThat(events.stream(DocumentAttached.class)).isEmpty();
	}

	@Test
	void disguisedAndEmptyUploadsAreRefusedAndNothingIsStored() {
		long before = stored.count();
		byte[] program = sample("program-named.pdf");

		assertThatThrownBy(() -> documents.attach(reference, "budget.pdf", new ByteArrayInputStream(program),
				program.length, null, as("priya")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(400))
			.hasMessage("budget.pdf is not a PDF, Office document, image or plain text (it looks like an executable"
					+ " program); nothing was stored.");
		byte[] page = sample("html-named.pdf");
		assertThatThrownBy(() -> documents.attach(reference, "C:\\fakepath\\budget.pdf",
				new ByteArrayInputStream(page), page.length, null, as("priya")))
			.hasMessage("budget.pdf is not a PDF, Office document, image or plain text (it looks like a web page"
					+ " (HTML)); nothing was stored.");
		assertThatThrownBy(() -> documents.attach(reference, "budget.pdf", new ByteArrayInputStream(new byte[0]), 0,
				null, as("priya")))
			.hasMessage("budget.pdf is empty; nothing was stored.");
		assertThat(stored.count()).isEqualTo(before);
	}

	@Test
	void aDeclinedProposalKeepsItsDocumentsButTakesNoMore() {
		byte[] letter = sample("endorsement-letter.pdf");
		documents.attach(reference, "letter.pdf", new ByteArrayInputStream(letter), letter.length, null, as("priya"));
		journey.complete(reference, "assessConcept", "colin",
				Map.of("decision", "notSupported", "reason", "Overlaps an existing course"));
		long before = stored.count();

		assertThatThrownBy(() -> documents.attach(reference, "late.pdf", new ByteArrayInputStream(letter),
				letter.length, null, as("priya")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind().status()).isEqualTo(409))
			.hasMessage(reference + " is declined, so documents can no longer be added to it; nothing was stored.");
		assertThat(stored.count()).isEqualTo(before);
		assertThat(documents.listFor(reference, as("priya"))).extracting(DocumentListing::fileName)
			.containsExactly("letter.pdf");
	}

	@Test
	void aDocumentOfAnotherProposalIsNotFoundThroughThisOne() {
		String other = journey.submit("paul", DemoConcepts.ivInsertion()).getBusinessKey();
		byte[] logo = sample("partner-logo.png");
		long id = documents.attach(other, "logo.png", new ByteArrayInputStream(logo), logo.length, null, as("paul"))
			.id();

		assertThatThrownBy(() -> documents.open(reference, id, as("priya")))
			.isInstanceOf(DocumentNotFoundException.class)
			.hasMessage(reference + " has no document " + id + ".");
	}

	/** Names are shown as literal text, like everything else a person typed ({@code FormText.literal}). */
	@Test
	void theNextDecisionFormListsTheDocumentsInTheOrderTheyWereAdded() {
		byte[] budget = sample("budget.xlsx");
		byte[] map = sample("curriculum-map.docx");
		long first = documents.attach(reference, "budget.xlsx", new ByteArrayInputStream(budget), budget.length,
				null, as("priya")).id();
		long second = documents.attach(reference, "Curriculum *map*.docx", new ByteArrayInputStream(map),
				map.length, null, as("colin")).id();

		journey.complete(reference, "assessConcept", "colin", Map.of("decision", "supported"));

		var task = journey.openTask(reference);
		assertThat(task.getTaskDefinitionKey()).isEqualTo("endorseConcept");
		SpinJsonNode shown = (SpinJsonNode) engine.getTaskService().getVariableLocal(task.getId(), "proposal");
		List<SpinJsonNode> listed = shown.prop("documents").elements();
		assertThat(listed).extracting(document -> document.prop("name").stringValue(),
				document -> document.prop("addedBy").stringValue(), document -> document.prop("url").stringValue())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("budget\\.xlsx", "priya Tester",
							"/proposals/" + reference + "/documents/" + first),
					org.assertj.core.groups.Tuple.tuple("Curriculum \\*map\\*\\.docx", "colin Tester",
							"/proposals/" + reference + "/documents/" + second));
		assertThat(listed.get(0).prop("addedAt").stringValue()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	/** The person as sign-in establishes them: their user id and groups from the identity service. */
	SignedIn as(String userId) {
		IdentityService identity = engine.getIdentityService();
		return new SignedIn(userId, identity.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId).toList());
	}

}
