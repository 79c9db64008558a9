package edu.college.microcredentials.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.Role;
import edu.college.microcredentials.register.Register.Query;

/**
 * A proposal another application node registered (a row in the shared database this node's index has not seen) is
 * found here once this node takes in what changed, as it does every {@code approval.register.refresh-every}.
 */
@DirtiesContext
@SpringBootTest
class RegisterOnSeveralNodesTests {

	@Autowired
	Register register;

	@Autowired
	RegisterKeeping keeping;

	@Autowired
	JdbcTemplate database;

	@Test
	void whatAnotherNodeWroteIsFoundAfterTheNextRefresh() {
		Query hydrotherapy = new Query("hydrotherapy", null, null, null, false, null);
		Set<String> ceTeam = Set.of(Role.CONTINUING_EDUCATION.groupId());
		database.update("""
				insert into register_entry (reference, title, program_area, competencies, status, stage, readers,
				submitted_at, stage_since, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", "MC-2026-9001",
				"Aquatic Rehabilitation", "Physiotherapy", "Plan a hydrotherapy session", "IN_PROGRESS",
				"Assess concept", "paul", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
				Timestamp.from(Instant.now()));
		assertThat(register.search(hydrotherapy, "colin", ceTeam, 0, 10).total()).as("not in this node's index yet")
			.isZero();

		keeping.refreshFromOtherNodes();

		assertThat(register.search(hydrotherapy, "colin", ceTeam, 0, 10).entries())
			.extracting(RegisterEntry::getReference).containsExactly("MC-2026-9001");
	}

}
