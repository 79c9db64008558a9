package edu.college.microcredentials.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.college.microcredentials.audit.ProposalStories.DecisionRow;
import edu.college.microcredentials.audit.ProposalStory.Event;
import edu.college.microcredentials.audit.ProposalStory.EventKind;

class AuditCsvTests {

	static final Instant DECIDED = Instant.parse("2027-01-15T14:30:00Z");

	@Test
	void whatPeopleTypedIsQuotedSoEveryLineStaysOneRecord() {
		String csv = AuditCsv.decisions(List.of(new DecisionRow("MC-2027-0001", "Venipuncture, advanced",
				"assessConcept", "Assess concept", "moreInformation", "Which \"partner\"?\nAnd when?", "colin", DECIDED,
				2)));

		assertThat(csv).isEqualTo("reference,title,stage,stage name,outcome,reason,decided by,decided at,revision\r\n"
				+ "MC-2027-0001,\"Venipuncture, advanced\",assessConcept,Assess concept,moreInformation,"
				+ "\"Which \"\"partner\"\"?\nAnd when?\",colin,2027-01-15T14:30:00Z,2\r\n");
	}

	@Test
	void storyHasAHeaderAndOneLinePerEventWithEmptyCellsForWhatDoesNotApply() {
		ProposalStory story = new ProposalStory("MC-2027-0001", "Venipuncture", "priya", null, null, List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(new Event(DECIDED, EventKind.STEP_ENTERED, "assessConcept", null, null, null, null,
						"Assess concept"),
						new Event(DECIDED, EventKind.DECISION, "assessConcept", "colin", "supported", null, 1,
								"Assess concept")));

		assertThat(AuditCsv.story(story)).isEqualTo("at,event,stage,who,outcome,reason,revision,detail\r\n"
				+ "2027-01-15T14:30:00Z,STEP_ENTERED,assessConcept,,,,,Assess concept\r\n"
				+ "2027-01-15T14:30:00Z,DECISION,assessConcept,colin,supported,,1,Assess concept\r\n");
	}

}
