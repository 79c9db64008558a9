package edu.college.microcredentials.proposal;

import static edu.college.microcredentials.process.ProcessVariables.PROPOSAL_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Proposal#getStage()} in step with the process, from the engine events that Camunda's Spring Boot
 * starter publishes. A development process that ends while its proposal is still in progress was declined.
 */
@Component
class ProposalStageTracker {

	static final String DEVELOPMENT_PROCESS = "micro-credential-development";

	private final ProposalService proposals;

	ProposalStageTracker(ProposalService proposals) {
		this.proposals = proposals;
	}

	@EventListener(condition = "#task.eventName == 'create'")
	public void taskCreated(DelegateTask task) {
		Object reference = task.getVariable(PROPOSAL_REFERENCE);
		if (reference != null) {
			proposals.enterStage((String) reference, task.getName());
		}
	}

	@EventListener(condition = "#execution.eventName == 'start'")
	public void stepStarted(DelegateExecution execution) {
		Object reference = execution.getVariable(PROPOSAL_REFERENCE);
		if (reference == null || !(execution.getBpmnModelElementInstance() instanceof EndEvent end)
				|| !DEVELOPMENT_PROCESS.equals(processOf(end).getId())) {
			return;
		}
		Proposal proposal = proposals.find((String) reference);
		proposals.enterStage(proposal.getReference(), end.getName());
		if (proposal.getStatus() == ProposalStatus.IN_PROGRESS) {
			proposals.close(proposal.getReference(), ProposalStatus.DECLINED);
		}
	}

	private static Process processOf(ModelElementInstance element) {
		ModelElementInstance scope = element;
		while (!(scope instanceof Process)) {
			scope = scope.getParentElement();
		}
		return (Process) scope;
	}

}
