package edu.college.microcredentials.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The development diagram's next version as an administrator saves it from Modeler: "Review budget" (form
 * {@code reviewBudget}, Senior Management Team) inserted between writing and reviewing the full proposal, with a name,
 * a form and a candidate group and nothing else; deployed with every other file, as a restart does.
 */
public final class BudgetReviewVersion {

	private BudgetReviewVersion() {
	}

	public static Deployment deploy(RepositoryService repository) {
		try (InputStream budgetForm = BudgetReviewVersion.class.getResourceAsStream("/second-version/reviewBudget.form")) {
			return Redeployment.ofTheRepository()
				.with("processes/micro-credential-development.bpmn", Bpmn.convertToString(model()))
				.with("forms/reviewBudget.form", budgetForm.readAllBytes())
				.deploy(repository, "budget review added in Modeler");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Modeler saves the layout too: a shape for the step, an edge for its new flow. */
	private static void draw(BpmnModelInstance model, UserTask step, SequenceFlow flow) {
		BpmnPlane plane = model.getModelElementsByType(BpmnPlane.class).iterator().next();
		BpmnShape shape = model.newInstance(BpmnShape.class);
		shape.setId(step.getId() + "_di");
		shape.setBpmnElement(step);
		Bounds bounds = model.newInstance(Bounds.class);
		bounds.setX(2600);
		bounds.setY(420);
		bounds.setWidth(100);
		bounds.setHeight(80);
		shape.setBounds(bounds);
		plane.addChildElement(shape);
		BpmnEdge edge = model.newInstance(BpmnEdge.class);
		edge.setId(flow.getId() + "_di");
		edge.setBpmnElement(flow);
		for (double x : new double[] { 2700, 2760 }) {
			Waypoint point = model.newInstance(Waypoint.class);
			point.setX(x);
			point.setY(460);
			edge.addChildElement(point);
		}
		plane.addChildElement(edge);
	}

	public static BpmnModelInstance model() {
		BpmnModelInstance model = Bpmn.readModelFromStream(
				BudgetReviewVersion.class.getResourceAsStream("/processes/micro-credential-development.bpmn"));
		Process process = model.getModelElementById(ProcessKeys.DEVELOPMENT);
		process.setCamundaVersionTag(process.getCamundaVersionTag() + "-budget");
		SequenceFlow intoReview = model.getModelElementById("toReviewFullProposal");
		UserTask fullProposalReview = model.getModelElementById("reviewFullProposal");

		UserTask budgetReview = model.newInstance(UserTask.class);
		budgetReview.setId("reviewBudget");
		budgetReview.setName("Review budget");
		budgetReview.setCamundaFormRef("reviewBudget");
		budgetReview.setCamundaFormRefBinding("deployment");
		budgetReview.setCamundaCandidateGroups(Role.SENIOR_MANAGEMENT.groupId());
		process.addChildElement(budgetReview);

		SequenceFlow onward = model.newInstance(SequenceFlow.class);
		onward.setId("toReviewFullProposalAfterBudget");
		process.addChildElement(onward);

		fullProposalReview.getIncoming().remove(intoReview);
		intoReview.setTarget(budgetReview);
		budgetReview.getIncoming().add(intoReview);
		onward.setSource(budgetReview);
		onward.setTarget(fullProposalReview);
		budgetReview.getOutgoing().add(onward);
		fullProposalReview.getIncoming().add(onward);
		draw(model, budgetReview, onward);
		Bpmn.validateModel(model);
		return model;
	}

}
