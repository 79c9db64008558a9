package edu.college.microcredentials.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of every plain decision task ({@code assessConcept}, {@code endorseConcept},
 * {@code confirmResources}, {@code reviewFullProposal}, {@code reviewCredential}): records decision and reason.
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
