package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of every user task without a complete listener of its own, by convention
 * ({@code process/ProcessConventions}): records the decision and reason of its form, if it has a decision radio
 * ({@code assessConcept}, {@code endorseConcept}, {@code confirmResources}, {@code reviewFullProposal},
 * {@code reviewCredential}, and any step an administrator adds).
 */
@Component
class RecordDecision implements TaskListener {

	private final DecisionRecorder recorder;

	RecordDecision(DecisionRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void notify(DelegateTask task) {
		recorder.record(task, null);
	}

}
