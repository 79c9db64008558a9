package edu.college.microcredentials.process;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people and proposals for the embedded default (property {@code approval.demo.enabled}), so a newcomer's
 * Tasklist is not empty. Idempotent: it does nothing once user {@code priya} exists. Each password equals the user
 * id, like Camunda's own demo.
 */
@Component
@ConditionalOnProperty(name = "approval.demo.enabled", havingValue = "true")
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** User id, first name, last name, role. */
	static final List<List<String>> PEOPLE = List.of(
			List.of("priya", "Priya", "Patel", Role.REQUESTERS.groupId()),
			List.of("paul", "Paul", "Nguyen", Role.REQUESTERS.groupId()),
			List.of("adam", "Adam", "Clarke", Role.REQUESTERS.groupId()),
			List.of("ava", "Ava", "Singh", Role.REQUESTERS.groupId()),
			List.of("colin", "Colin", "Martin", Role.CONTINUING_EDUCATION.groupId()),
			List.of("sarah", "Sarah", "Brown", Role.SENIOR_MANAGEMENT.groupId()),
			List.of("quinn", "Quinn", "Lee", Role.QUALITY_REVIEWERS.groupId()),
			List.of("bella", "Bella", "Roy", Role.BOARD_SECRETARY.groupId()),
			List.of("aaron", "Aaron", "Wilson", Role.AUDITORS.groupId()));

	private final IdentityService identity;

	private final RepositoryService repository;

	private final FormService forms;

	private final TaskService tasks;

	DemoData(IdentityService identity, RepositoryService repository, FormService forms, TaskService tasks) {
		this.identity = identity;
		this.repository = repository;
		this.forms = forms;
		this.tasks = tasks;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	public void createOnce() {
		if (identity.isReadOnly() || identity.createUserQuery().userId("priya").count() > 0) {
			return;
		}
		PEOPLE.forEach(person -> createUser(person.get(0), person.get(1), person.get(2), person.get(3)));
		startProposals();
		log.info("Demo data created: sign in to /camunda/app/tasklist as priya, colin, sarah, quinn, bella (password = user id)");
	}

	private void createUser(String id, String firstName, String lastName, String groupId) {
		User user = identity.newUser(id);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(id + "@college.example.edu");
		user.setPassword(id);
		identity.saveUser(user);
		identity.createMembership(id, groupId);
	}

	private void startProposals() {
		ProposalJourney journey = new ProposalJourney(repository, forms, tasks, identity);
		// Submitted five weeks ago: overdue at the CE team, reminded and escalated once the job executor runs
		Date now = ClockUtil.getCurrentTime();
		ClockUtil.setCurrentTime(new Date(now.getTime() - Duration.ofDays(35).toMillis()));
		try {
			journey.submit("priya", DemoConcepts.venipuncture());
		}
		finally {
			ClockUtil.reset();
		}
		String ivInsertion = journey.submit("priya", DemoConcepts.ivInsertion()).getBusinessKey();
		journey.complete(ivInsertion, "assessConcept", "colin", Map.of("decision", "supported"));

		String contrast = journey.submit("priya", DemoConcepts.convertedContrastInjection()).getBusinessKey();
		journey.complete(contrast, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(contrast, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		journey.complete(contrast, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());

		Map<String, Object> biochemistry = DemoConcepts.ivInsertion();
		biochemistry.put("title", "Biochemistry for MLA");
		biochemistry.put("programArea", "Laboratory Sciences");
		String atBoard = journey.submit("priya", biochemistry).getBusinessKey();
		journey.complete(atBoard, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(atBoard, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		journey.complete(atBoard, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());
		journey.complete(atBoard, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		journey.complete(atBoard, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));

		// approved by the Board and published: in the public catalogue (/catalogue), with its badges
		Map<String, Object> glucose = DemoConcepts.ivInsertion();
		glucose.put("title", "Point-of-Care Glucose Testing");
		glucose.put("programArea", "Laboratory Sciences");
		glucose.put("purpose", "Let clinic staff test blood glucose at the bedside and act on the result");
		glucose.put("competency1", "Perform a capillary blood glucose test");
		glucose.put("competency2", "Run quality control on a glucose meter");
		glucose.put("competency3", "Record and escalate out-of-range results");
		glucose.put("learningOutcomes", "Test glucose reliably; keep meters in control; act on results promptly");
		glucose.put("pathway", "Point-of-Care Testing certificate");
		String published = journey.submit("priya", glucose).getBusinessKey();
		journey.complete(published, "assessConcept", "colin", Map.of("decision", "supported"));
		journey.complete(published, "endorseConcept", "sarah", Map.of("decision", "endorsed"));
		journey.complete(published, "formAdvisoryTeam", "colin", DemoConcepts.advisoryTeam());
		journey.complete(published, "writeFullProposal", "adam", DemoConcepts.fullProposal());
		journey.complete(published, "reviewFullProposal", "sarah", Map.of("decision", "endorsed"));
		journey.complete(published, "recordBoardDecision", "bella", Map.of("decision", "approved", "meetingDate",
				LocalDate.now().toString(), "motionNumber", "BoG-" + LocalDate.now().getYear() + "-07"));

		journey.submit("priya", DemoConcepts.breakingTheRules());
	}

}
