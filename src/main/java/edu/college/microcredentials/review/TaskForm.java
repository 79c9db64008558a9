package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;

import edu.college.microcredentials.process.ActingUser;
import edu.college.microcredentials.process.Refusal;

/** Reading what a user submitted on a task form. */
final class TaskForm {

	private TaskForm() {
	}

	static String reference(DelegateTask task) {
		return (String) task.getVariable(PROPOSAL_REFERENCE);
	}

	/** The trimmed text of a field, or {@code null} when it is empty. */
	static String text(DelegateTask task, String key) {
		Object value = task.getVariable(key);
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}

	/**
	 * A whole number field, {@code null} when empty; a select's value ({@code "4"}) counts too. Anything else is
	 * refused: the form only sends whole numbers.
	 */
	static Integer whole(DelegateTask task, String key) {
		Object value = task.getVariable(key);
		if (value instanceof Number number) {
			return number.intValue();
		}
		String text = text(task, key);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException notAWholeNumber) {
			throw Refusal.badInput("'" + key + "' must be a whole number.");
		}
	}

	static String required(DelegateTask task, String key, String label) {
		String value = text(task, key);
		if (value == null) {
			throw Refusal.badInput("'" + label + "' is required.");
		}
		return value;
	}

	/** Whoever is signed in and completing the task; the assignee when the engine is called without a user. */
	static String decidedBy(DelegateTask task) {
		return ActingUser.of(task);
	}

	/** Moves a field out of the process once it is on the record. */
	static void forget(DelegateTask task, String... keys) {
		for (String key : keys) {
			task.getExecution().removeVariable(key);
		}
	}

}
