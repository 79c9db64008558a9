package edu.college.microcredentials.document;

import static edu.college.microcredentials.document.DocumentTypesTests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import edu.college.microcredentials.process.LocalPostgres;
import edu.college.microcredentials.process.DemoConcepts;
import edu.college.microcredentials.process.ProposalJourney;
import edu.college.microcredentials.process.TestUsers;

/**
 * A document's bytes go into PostgreSQL's {@code bytea} and come back the same (127.0.0.1:5432, user postgres;
 * override with POSTGRES_TEST_URL), in a database created anew for each run.
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest
@ActiveProfiles("postgres")
class ProposalDocumentsOnPostgresTests {

	static final String DATABASE = "microcredentials_documents_test";

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
		LocalPostgres.useFreshDatabase(registry, DATABASE);
	}

	@Autowired
	ProposalDocuments documents;

	@Autowired
	ProcessEngine engine;

	@Test
	void aDocumentIsStoredAndDownloadedAsItWasOnPostgres() {
		TestUsers.create(engine.getIdentityService(), "priya", "colin");
		String reference = ProposalJourney.of(engine).submit("priya", DemoConcepts.venipuncture()).getBusinessKey();
		byte[] letter = sample("endorsement-letter.pdf");

		long id = documents.attach(reference, "letter.pdf", new ByteArrayInputStream(letter), letter.length, null,
				new SignedIn("priya", List.of("requesters"))).id();

		SignedIn colin = new SignedIn("colin", List.of("continuingEducation"));
		assertThat(documents.listFor(reference, colin)).extracting(DocumentListing::fileName)
			.containsExactly("letter.pdf");
		assertThat(documents.open(reference, id, colin).content()).isEqualTo(letter);
	}


}
