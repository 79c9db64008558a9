package edu.college.microcredentials.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This project's rules for the diagrams an administrator changes in Modeler, checked on the files of one deployment
 * (every diagram, decision table and form in it): on every build ({@code DiagramsAndFormsTests} over the repository's
 * files) and on every deployment, also one from Modeler's deploy button ({@link DeploymentGuard}). Each problem names
 * the file and the element.
 * <ul>
 * <li>every decision table has a history time-to-live and a version tag;</li>
 * <li>every process has a history time-to-live, a version tag and its layout (a shape for every step and flow);</li>
 * <li>every user task and start form names a form deployed with it, bound with {@code deployment};</li>
 * <li>every candidate group (and starter group) is a {@link Role};</li>
 * <li>every delegate expression is {@code ${bean}} and names a bean that exists;</li>
 * <li>every business rule task names a decision deployed with it, bound with {@code deployment};</li>
 * <li>every outcome a gateway routes on ({@code ${decision == '…'}}) is an option of the deciding step's form, and
 * every option is routed.</li>
 * </ul>
 */
public final class DiagramRules {

	/** One broken rule: the file, the element's id, and what is wrong in words an administrator can act on. */
	public record Problem(String resource, String element, String message) {

		@Override
		public String toString() {
			return resource + ", element " + element + ": " + message;
		}

	}

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

	private static final Pattern OUTCOME = Pattern.compile("^\\$\\{decision == '(\\w+)'}$");

	private final Map<String, byte[]> resources;

	private final Predicate<String> beanExists;

	private final Map<String, JsonNode> forms = new HashMap<>();

	private final Set<String> decisions = new HashSet<>();

	private final List<Problem> tableProblems = new ArrayList<>();

	/**
	 * @param resources the deployment's files by name ({@code processes/x.bpmn}, {@code forms/y.form}, ...)
	 * @param beanExists whether a Spring bean of that name exists
	 */
	public DiagramRules(Map<String, byte[]> resources, Predicate<String> beanExists) {
		this.resources = resources;
		this.beanExists = beanExists;
		ObjectMapper json = new ObjectMapper();
		resources.forEach((name, content) -> {
			if (name.endsWith(".form")) {
				try {
					JsonNode form = json.readTree(content);
					forms.put(form.path("id").asText(), form);
				}
				catch (IOException unreadable) {
					// a form that is not JSON is found by no step; the step naming it is reported
				}
			}
			else if (name.endsWith(".dmn")) {
				for (Decision decision : Dmn.readModelFromStream(new ByteArrayInputStream(content))
					.getModelElementsByType(Decision.class)) {
					decisions.add(decision.getId());
					if (blank(decision.getCamundaHistoryTimeToLiveString())) {
						tableProblems.add(new Problem(name, decision.getId(), "has no history time-to-live: the engine "
								+ "refuses a decision without one. In Modeler select the decision and set History "
								+ "cleanup → Time to live (camunda:historyTimeToLive), P3650D like the others."));
					}
					if (blank(decision.getVersionTag())) {
						tableProblems.add(new Problem(name, decision.getId(), "has no version tag. In Modeler select "
								+ "the decision and set Version tag (camunda:versionTag)."));
					}
				}
			}
		});
	}

	/** Every problem of every diagram among the resources; empty when all is well. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>(tableProblems);
		resources.forEach((name, content) -> {
			if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
				problems.addAll(problemsOf(name, Bpmn.readModelFromStream(new ByteArrayInputStream(content))));
			}
		});
		return problems;
	}

	List<Problem> problemsOf(String resource, BpmnModelInstance model) {
		List<Problem> problems = new ArrayList<>();
		Set<String> drawn = new HashSet<>();
		model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
		model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));

		for (Process process : model.getModelElementsByType(Process.class)) {
			if (!process.isExecutable()) {
				continue;
			}
			if (blank(process.getCamundaHistoryTimeToLiveString())) {
				problems.add(new Problem(resource, process.getId(), "has no history time-to-live: the engine refuses "
						+ "a diagram without one. In Modeler select the process and set History cleanup → Time to "
						+ "live (camunda:historyTimeToLive), P3650D like the others."));
			}
			if (blank(process.getCamundaVersionTag())) {
				problems.add(new Problem(resource, process.getId(), "has no version tag. In Modeler select the process "
						+ "and set Version tag (camunda:versionTag), e.g. the date of the change."));
			}
			String starters = process.getAttributeValueNs(CAMUNDA, "candidateStarterGroups");
			groups(starters).filter(group -> Role.ofGroup(group).isEmpty())
				.forEach(group -> problems.add(notARole(resource, process.getId(), group)));
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (!drawn.contains(node.getId())) {
				problems.add(new Problem(resource, node.getId(), "is not drawn: the diagram has no layout for it. "
						+ "Open the file in Modeler, place it and save."));
			}
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			if (!drawn.contains(flow.getId())) {
				problems.add(new Problem(resource, flow.getId(), "is not drawn: the diagram has no layout for it. "
						+ "Open the file in Modeler, connect it and save."));
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			checkForm(resource, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), true,
					problems);
			groups(task.getCamundaCandidateGroups()).filter(group -> Role.ofGroup(group).isEmpty())
				.forEach(group -> problems.add(notARole(resource, task.getId(), group)));
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			if (start.getCamundaFormRef() != null) {
				checkForm(resource, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), false,
						problems);
			}
		}
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			checkDelegate(resource, task.getId(), task.getCamundaDelegateExpression(), problems);
		}
		for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
			checkDelegate(resource, owner(listener), listener.getCamundaDelegateExpression(), problems);
		}
		for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
			checkDelegate(resource, owner(listener), listener.getCamundaDelegateExpression(), problems);
		}
		for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
			checkDecision(resource, task, problems);
		}
		for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
			checkOutcomes(resource, gateway, problems);
		}
		return problems;
	}

	private void checkForm(String resource, String element, String formRef, String binding, boolean required,
			List<Problem> problems) {
		if (blank(formRef)) {
			if (required) {
				problems.add(new Problem(resource, element, "has no form. In Modeler set Form → Type: Camunda Form "
						+ "(linked), Form ID: the id of a form in forms/, Binding: deployment."));
			}
			return;
		}
		if (!"deployment".equals(binding)) {
			problems.add(new Problem(resource, element, "binds its form " + formRef + " with " + (binding == null
					? "the default (latest)" : binding) + ": set Binding to deployment, so each version keeps its "
					+ "own forms."));
		}
		if (!forms.containsKey(formRef)) {
			problems.add(new Problem(resource, element, "names form " + formRef + ", which is not deployed with it: "
					+ "add forms/" + formRef + ".form (its id " + formRef + ") to the deployment."));
		}
	}

	private void checkDelegate(String resource, String element, String expression, List<Problem> problems) {
		if (expression == null) {
			return;
		}
		Matcher bean = BEAN.matcher(expression);
		if (!bean.matches()) {
			problems.add(new Problem(resource, element, "has the delegate expression " + expression
					+ "; write ${beanName}, the name of an existing bean."));
		}
		else if (!beanExists.test(bean.group(1))) {
			problems.add(new Problem(resource, element, "names the bean " + bean.group(1) + " (" + expression
					+ "), which does not exist: a delegate is Java, so ask a developer, or pick an existing one."));
		}
	}

	private void checkDecision(String resource, BusinessRuleTask task, List<Problem> problems) {
		String decision = task.getCamundaDecisionRef();
		if (blank(decision)) {
			problems.add(new Problem(resource, task.getId(), "names no decision: set Implementation: DMN, "
					+ "Decision reference: the id of a decision in processes/*.dmn."));
			return;
		}
		if (!"deployment".equals(task.getCamundaDecisionRefBinding())) {
			problems.add(new Problem(resource, task.getId(), "calls decision " + decision + " with binding "
					+ (task.getCamundaDecisionRefBinding() == null ? "latest (the default)"
							: task.getCamundaDecisionRefBinding())
					+ ": set Binding to deployment, so a changed table does not re-route running proposals."));
		}
		if (!decisions.contains(decision)) {
			problems.add(new Problem(resource, task.getId(), "calls decision " + decision
					+ ", which is not deployed with it: add the .dmn file that defines it to the deployment."));
		}
	}

	private void checkOutcomes(String resource, ExclusiveGateway gateway, List<Problem> problems) {
		Map<String, String> routed = new HashMap<>();
		for (SequenceFlow flow : gateway.getOutgoing()) {
			if (flow.getConditionExpression() != null) {
				Matcher outcome = OUTCOME.matcher(flow.getConditionExpression().getTextContent().trim());
				if (outcome.matches()) {
					routed.put(outcome.group(1), flow.getId());
				}
			}
		}
		if (routed.isEmpty()) {
			return;
		}
		Collection<SequenceFlow> incoming = gateway.getIncoming();
		FlowNode deciding = incoming.size() == 1 ? incoming.iterator().next().getSource() : null;
		if (!(deciding instanceof UserTask task)) {
			problems.add(new Problem(resource, gateway.getId(), "routes on a decision but does not follow the one "
					+ "step whose form decides it: connect it right after that user task."));
			return;
		}
		JsonNode form = forms.get(task.getCamundaFormRef());
		Optional<JsonNode> radio = form == null ? Optional.empty() : field(form, ProcessVariables.DECISION);
		if (radio.isEmpty()) {
			return;
		}
		Set<String> offered = new LinkedHashSet<>(radio.get().path("values").findValuesAsText("value"));
		routed.forEach((outcome, flow) -> {
			if (!offered.contains(outcome)) {
				problems.add(new Problem(resource, flow, "routes on the outcome '" + outcome + "', which the form "
						+ task.getCamundaFormRef() + " of " + task.getId() + " does not offer (it offers " + offered
						+ ")."));
			}
		});
		offered.stream().filter(option -> !routed.containsKey(option))
			.forEach(option -> problems.add(new Problem(resource, gateway.getId(), "takes no flow for the outcome '"
					+ option + "', which the form " + task.getCamundaFormRef() + " of " + task.getId()
					+ " offers: add a flow with ${decision == '" + option + "'}.")));
	}

	private static Optional<JsonNode> field(JsonNode form, String key) {
		List<JsonNode> all = new ArrayList<>();
		flatten(form.path("components"), all);
		return all.stream().filter(component -> key.equals(component.path("key").asText())).findFirst();
	}

	private static void flatten(JsonNode components, List<JsonNode> into) {
		for (JsonNode component : components) {
			into.add(component);
			flatten(component.path("components"), into);
		}
	}

	private static Problem notARole(String resource, String element, String group) {
		return new Problem(resource, element, "offers work to the group " + group + ", which is not a role of the "
				+ "application (" + String.join(", ", Stream.of(Role.values()).map(Role::groupId).toList()) + ").");
	}

	private static Stream<String> groups(String value) {
		return value == null || value.isBlank() || value.contains("${") ? Stream.empty()
				: Stream.of(value.split(",")).map(String::trim).filter(group -> !group.isEmpty());
	}

	private static String owner(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
		var parent = listener.getParentElement();
		while (parent != null && !(parent instanceof BaseElement element && element.getId() != null)) {
			parent = parent.getParentElement();
		}
		return parent == null ? "?" : ((BaseElement) parent).getId();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
