package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.security.RefusalResponses.Answer;
import edu.college.microcredentials.security.RefusalResponses.CompletedTask;

/** How a failed engine command is answered to a person; plain JUnit, no engine. */
class RefusalResponsesTests {

	static final Function<String, Optional<CompletedTask>> NOTHING_COMPLETED = taskId -> Optional.empty();

	@Test
	void aRefusalWrappedByTheEngineIsAnsweredWithItsOwnStatusAndMessage() {
		ProcessEngineException wrapped = new ProcessEngineException(
				"ENGINE-03051 There was an exception while invoking the TaskListener. Message: 'Four-eyes rule: …'",
				Refusal.notAllowed("Four-eyes rule: colin submitted MC-2026-0001 and cannot claim or decide on it."));

		assertThat(answer(wrapped, false)).isEqualTo(new Answer(403, "NOT_ALLOWED",
				"Four-eyes rule: colin submitted MC-2026-0001 and cannot claim or decide on it.", true));
	}

	@Test
	void aMissingPermissionSaysWhoMayNotDoWhatWithoutEngineWords() {
		Answer answer = answer(new AuthorizationException("paul", "TASK_WORK", "Task", "42"), false);

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.message()).isEqualTo("paul may not do this: their roles do not allow task work on this task.");
	}

	@Test
	void someoneElseActingFirstIsAConflict() {
		assertThat(answer(new OptimisticLockingException("ENGINE-03005 Execution was updated by another transaction"),
				false).status()).isEqualTo(409);
		Answer late = RefusalResponses.answerTo(new NullValueException("Cannot find task with id 42: task is null"),
				Optional.of("42"), taskId -> Optional.of(new CompletedTask("Assess concept", "colin",
						Date.from(Instant.parse("2027-01-04T09:00:00Z")))),
				false);
		assertThat(late).isEqualTo(new Answer(409, "CONFLICT", "\u201cAssess concept\u201d was already completed by "
				+ "colin at 2027-01-04T09:00:00Z. The proposal has moved on; nothing of yours was saved.", true));
	}

	@Test
	void theRecordChangedByAnotherNodesDecisionIsAConflictNamingWhoDecided() {
		RuntimeException wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the "
				+ "TaskListener", new ObjectOptimisticLockingFailureException("edu.college.microcredentials.proposal.Proposal",
						54));

		assertThat(RefusalResponses.answerTo(wrapped, Optional.of("42"), taskId -> Optional.of(new CompletedTask(
				"Assess concept", "cora", Date.from(Instant.parse("2027-01-04T09:00:00Z")))), false))
			.isEqualTo(new Answer(409, "CONFLICT", "\u201cAssess concept\u201d was already completed by "
					+ "cora at 2027-01-04T09:00:00Z. The proposal has moved on; nothing of yours was saved.", true));
		assertThat(RefusalResponses.answerTo(wrapped, Optional.empty(), taskId -> Optional.empty(), false))
			.isEqualTo(new Answer(409, "CONFLICT", "Someone else acted on this proposal at the same moment. Reload and "
					+ "look again: nothing of yours was saved.", true));
	}

	@Test
	void aBadRequestKeepsItsMessageWithoutTheEngineCode() {
		assertThat(answer(new BadUserRequestException("ENGINE-13044 No process definition found for key 'x'"), false))
			.as("replaces only a 500: the API's own 4xx answers stand")
			.isEqualTo(new Answer(400, "BAD_INPUT", "No process definition found for key 'x'", false));
	}

	@Test
	void anUnexpectedFailureTellsStaffAReferenceAndAdministratorsTheEngineMessage() {
		ProcessEngineException sql = new ProcessEngineException("ENGINE-03083 … SQL statement: insert into proposal …");

		Answer toStaff = answer(sql, false);
		assertThat(toStaff.status()).isEqualTo(500);
		assertThat(toStaff.decisive()).as("a 404 of the API stays a 404").isFalse();
		assertThat(toStaff.message()).startsWith("Something went wrong on our side. Nothing was saved.")
			.doesNotContain("SQL", "ENGINE-", "proposal");
		assertThat(answer(sql, true)).as("administrators keep the engine's own answer").isNull();
	}

	private static Answer answer(RuntimeException failure, boolean administrator) {
		return RefusalResponses.answerTo(failure, Optional.empty(), NOTHING_COMPLETED, administrator);
	}

}
