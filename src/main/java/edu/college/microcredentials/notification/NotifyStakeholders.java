package edu.college.microcredentials.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The listener that release 0.1's diagrams name on every step. Proposals started on those diagram versions keep
 * running on them after an upgrade, so the name must still resolve; the people concerned are now notified by the
 * conventions every diagram version gets ({@code ProcessConventions}) and the proposal's events, so there is
 * nothing left to do here. Delete this once no proposal runs on a version deployed by release 0.1 (Cockpit lists
 * the running instances per version; docs/administrators.md).
 */
@Component
class NotifyStakeholders implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		// deliberately empty: see the class comment
	}

}
