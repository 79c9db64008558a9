package edu.college.microcredentials.register;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.FullProposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.StageDecision;

/**
 * Two hundred proposals at every stage, written straight through the record's service (not through the engine, which
 * would take minutes): one in eight at each of the stages below, written in turn by priya and paul, those past the
 * concept developed by adam and ava.
 */
public final class Pipeline {

	/** Where the proposal number {@code i} stands: {@code STAGES[i % 8]}. */
	public enum Stage {
		ASSESSING, ASSESSING_OVERDUE, ENDORSING, REVIEWING_FULL_PROPOSAL, AT_BOARD, PUBLISHED, DECLINED, WITHDRAWN
	}

	static final List<String> AREAS = List.of("Laboratory Sciences", "Nursing", "Medical Imaging", "Business",
			"Skilled Trades");

	static final List<String> TOPICS = List.of("Wound Care", "Data Analytics", "Welding Inspection", "Bookkeeping",
			"Pharmacology", "Project Scheduling", "Infection Control", "Radiation Safety", "Customer Service",
			"Electrical Safety");

	public record Made(String reference, int number, Stage stage, String author, String title, String programArea) {
	}

	private Pipeline() {
	}

	public static List<Made> make(ProposalService proposals, int count) {
		List<Made> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Stage stage = Stage.values()[i % Stage.values().length];
			String author = i % 2 == 0 ? "priya" : "paul";
			String topic = TOPICS.get(i % TOPICS.size());
			String area = AREAS.get(i % AREAS.size());
			String title = "%s %03d".formatted(topic, i);
			Concept concept = Concept.builder().title(title).programArea(area)
				.purpose("Upskill practising staff in " + topic.toLowerCase())
				.competency("Apply " + topic.toLowerCase() + " procedures", null)
				.competency("Document " + topic.toLowerCase() + " work", null)
				.learningOutcomes("Carry out " + topic.toLowerCase() + " safely and record it")
				.industryPartner(i % 3 == 0 ? "Toronto General Hospital" : "Northern Builders Guild")
				.build();
			String reference = proposals.register(concept, author).getReference();
			advance(proposals, reference, stage, author);
			made.add(new Made(reference, i, stage, author, title, area));
		}
		return made;
	}

	public static String make(ProposalService proposals, Concept concept, String author, Stage stage) {
		String reference = proposals.register(concept, author).getReference();
		advance(proposals, reference, stage, author);
		return reference;
	}

	private static void advance(ProposalService proposals, String reference, Stage stage, String author) {
		Instant now = Instant.now();
		Instant due = stage == Stage.ASSESSING_OVERDUE ? now.minus(Duration.ofDays(3)) : now.plus(Duration.ofDays(20));
		proposals.reachStep(reference, "assessConcept", "Assess concept", "task-" + reference, due,
				Set.of("group:continuingEducation"));
		switch (stage) {
			case ASSESSING, ASSESSING_OVERDUE -> {
			}
			case WITHDRAWN -> proposals.withdraw(reference, author, "Our area has other priorities");
			case DECLINED -> {
				decide(proposals, reference, "assessConcept", "Assess concept", "notSupported", "A similar one exists");
				proposals.developmentEnded(reference, "Concept not supported", "colin");
			}
			default -> {
				decide(proposals, reference, "assessConcept", "Assess concept", "supported", null);
				proposals.reachStep(reference, "endorseConcept", "Endorse concept", "task-e-" + reference,
						now.plus(Duration.ofDays(14)), Set.of("group:seniorManagement"));
				if (stage == Stage.ENDORSING) {
					return;
				}
				decide(proposals, reference, "endorseConcept", "Endorse concept", "endorsed", null);
				proposals.formAdvisoryTeam(reference, "adam", List.of("adam", "ava"), null, "colin");
				proposals.writeFullProposal(reference, new FullProposal("Pilot in spring",
						"Faculty lead 0.2 FTE; lab technologist 2 days a month", "Holders do it safely",
						"Pass the observed demonstration"), "adam");
				proposals.reachStep(reference, "reviewFullProposal", "Review full proposal", "task-f-" + reference,
						now.plus(Duration.ofDays(21)), Set.of("group:seniorManagement"));
				if (stage == Stage.REVIEWING_FULL_PROPOSAL) {
					return;
				}
				decide(proposals, reference, "reviewFullProposal", "Review full proposal", "endorsed",
						"Resources confirmed by the dean");
				proposals.reachStep(reference, "recordBoardDecision", "Record Board decision", "task-b-" + reference,
						now.plus(Duration.ofDays(90)), Set.of("group:boardSecretary"));
				if (stage == Stage.AT_BOARD) {
					return;
				}
				decide(proposals, reference, "recordBoardDecision", "Record Board decision", "approved", null);
				proposals.approve(reference, "bella");
				proposals.publish(reference);
			}
		}
	}

	private static void decide(ProposalService proposals, String reference, String step, String stepName,
			String outcome, String reason) {
		String by = step.equals("assessConcept") ? "colin" : step.equals("recordBoardDecision") ? "bella" : "sarah";
		proposals.recordDecision(reference, new StageDecision(step, stepName, outcome, reason, by, null));
	}

}
