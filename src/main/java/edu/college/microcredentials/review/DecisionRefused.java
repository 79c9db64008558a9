package edu.college.microcredentials.review;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted task form the process cannot accept. Thrown from a complete listener, it rolls the completion back:
 * the task stays open with what the user entered and Tasklist shows the message.
 */
class DecisionRefused extends ProcessEngineException {

	DecisionRefused(String message) {
		super(message);
	}

}
