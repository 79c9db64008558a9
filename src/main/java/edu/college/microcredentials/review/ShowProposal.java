package edu.college.microcredentials.review;

import static edu.college.microcredentials.process.ProcessVariables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import edu.college.microcredentials.document.ProposalDocuments;
import edu.college.microcredentials.process.DeployedForms;
import edu.college.microcredentials.process.FormText;
import edu.college.microcredentials.process.StepName;
import edu.college.microcredentials.proposal.Decision;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Task listener (create) of every task that shows a proposal: names the task after the step and the proposal
 * (reference and title, for Tasklist's cards and its search by name; the description says the same), puts the summary
 * and the open requests (to the forms that show them) on the task as task-local variables for the form to display, as
 * literal text, and clears the previous step's decision so the form starts empty.
 */
@Component
class ShowProposal implements TaskListener {

	static final String REVISION_REQUEST = "revisionRequest";

	private static final JsonNode NO_FORM = JsonNodeFactory.instance.objectNode();

	private final ProposalService proposals;

	private final ProposalDocuments documents;

	private final DecisionSettings settings;

	private final DeployedForms forms;

	ShowProposal(ProposalService proposals, ProposalDocuments documents, DecisionSettings settings,
			DeployedForms forms) {
		this.proposals = proposals;
		this.documents = documents;
		this.settings = settings;
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		Proposal proposal = proposals.find(TaskForm.reference(task));
		String title = proposal.currentConcept().getTitle();
		task.setName(StepName.onTaskCard(StepName.of(task), proposal.getReference(), title));
		task.setDescription(proposal.getReference() + " \u00b7 " + title);
		// the people of the step may read the proposal: its documents are listed without asking again
		task.setVariableLocal("proposal",
				Spin.JSON(ProposalSummary.of(proposal, documents.listFor(proposal.getReference()))));
		// only for the forms that show them: each variable costs its rows in the runtime and the history tables
		JsonNode form = forms.of((TaskEntity) task).orElse(NO_FORM);
		if (DeployedForms.mentions(form, REVISION_REQUEST)) {
			task.setVariableLocal(REVISION_REQUEST, proposal.lastDecision()
				.filter(decision -> decision.getReason() != null && settings.needsReason(decision.getOutcome()))
				.map(Decision::getReason)
				.map(FormText::literal)
				.orElse(""));
		}
		if (DeployedForms.mentions(form, RecordAdvisoryTeam.RESOURCE_REQUEST)) {
			// also fills formAdvisoryTeam's input of that name, but is still empty there: that form records the request
			task.setVariableLocal(RecordAdvisoryTeam.RESOURCE_REQUEST, orEmpty(FormText.literal(proposal.getResourceRequest())));
		}
		task.getExecution().removeVariable(DECISION);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
