package edu.college.microcredentials.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import edu.college.microcredentials.migration.MigrationPreview.Mapping;
import edu.college.microcredentials.migration.MigrationPreview.Movable;
import edu.college.microcredentials.migration.MigrationPreview.Unmapped;
import edu.college.microcredentials.migration.MigrationPreview.Version;
import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Moves the running instances of one version of a diagram to another with the engine's migration API: the plan maps
 * each activity to the equal activity (same id) of the target; an instance waiting at an activity the target does not
 * have stays where it is. The instances move in one transaction together with the note on each proposal's record
 * ({@code MIGRATED_TO_VERSION}), so either all of them and their notes are written or nothing is.
 */
@Service
public class ProcessMigration {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final ProposalService proposals;

	ProcessMigration(RepositoryService repository, RuntimeService runtime, IdentityService identity,
			ProposalService proposals) {
		this.repository = repository;
		this.runtime = runtime;
		this.identity = identity;
		this.proposals = proposals;
	}

	/** Every deployed version of every diagram, newest first per diagram, with how many instances run on it. */
	public Map<Version, Long> versions() {
		return repository.createProcessDefinitionQuery().list().stream()
			.sorted(Comparator.comparing(ProcessDefinition::getKey)
				.thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()))
			.collect(Collectors.toMap(ProcessMigration::version,
					definition -> runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

	public MigrationPreview preview(String sourceId, String targetId) {
		ProcessDefinition source = definition(sourceId);
		ProcessDefinition target = definition(targetId);
		if (!source.getKey().equals(target.getKey())) {
			throw Refusal.badInput("Pick two versions of the same diagram: " + source.getName() + " and "
					+ target.getName() + " are different processes.");
		}
		if (source.getId().equals(target.getId())) {
			throw Refusal.badInput("Pick a target version other than the source (" + version(source).label() + ").");
		}
		BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
		BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());

		List<Mapping> plan = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			for (MigrationInstruction instruction : plan(source, target).getInstructions()) {
				plan.add(new Mapping(instruction.getSourceActivityId(),
						name(sourceModel, instruction.getSourceActivityId()), instruction.getTargetActivityId(),
						name(targetModel, instruction.getTargetActivityId())));
			}
		}
		catch (MigrationPlanValidationException invalid) {
			invalid.getValidationReport().getInstructionReports().forEach(report -> report.getFailures()
				.forEach(failure -> problems.add(report.getMigrationInstruction().getSourceActivityId() + ": " + failure)));
			invalid.getValidationReport().getVariableReports()
				.forEach((variable, report) -> report.getFailures().forEach(failure -> problems.add(variable + ": " + failure)));
			if (problems.isEmpty()) {
				problems.add(invalid.getMessage());
			}
		}
		String sourceXml = Bpmn.convertToString(sourceModel);
		plan.sort(Comparator.comparing(mapping -> sourceXml.indexOf("id=\"" + mapping.sourceActivity() + "\"")));
		Set<String> mapped = plan.stream().map(Mapping::sourceActivity).collect(Collectors.toSet());
		List<Unmapped> unmapped = sourceModel.getModelElementsByType(FlowNode.class).stream()
			.filter(ProcessMigration::canBeWaitedAt)
			.filter(node -> !mapped.contains(node.getId()))
			.map(node -> new Unmapped(node.getId(), node.getName() == null ? node.getId() : node.getName()))
			.toList();

		List<Movable> moving = new ArrayList<>();
		List<Movable> staying = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
			.orderByBusinessKey().asc().list()) {
			List<String> active = runtime.getActiveActivityIds(instance.getId());
			List<String> where = active.stream().map(activity -> name(sourceModel, activity)).toList();
			List<String> notInTarget = active.stream().filter(activity -> !mapped.contains(activity))
				.map(activity -> "“" + name(sourceModel, activity) + "”").toList();
			if (!problems.isEmpty()) {
				staying.add(new Movable(instance.getId(), instance.getBusinessKey(), where,
						"the plan cannot be built (see its problems)"));
			}
			else if (!notInTarget.isEmpty()) {
				staying.add(new Movable(instance.getId(), instance.getBusinessKey(), where, "it waits at "
						+ String.join(", ", notInTarget) + ", which version " + target.getVersion() + " does not have"));
			}
			else {
				moving.add(new Movable(instance.getId(), instance.getBusinessKey(), where, null));
			}
		}
		return new MigrationPreview(version(source), version(target), plan, problems, unmapped, moving, staying);
	}

	/**
	 * Moves every instance the preview shows as moving, in one transaction, and notes the migration on each proposal's
	 * record; the engine's operation log keeps it too, under the signed-in administrator.
	 */
	@Transactional
	public MigrationResult migrate(String sourceId, String targetId) {
		MigrationPreview preview = preview(sourceId, targetId);
		if (!preview.planProblems().isEmpty()) {
			throw Refusal.conflict("Nothing was migrated: the plan from " + preview.source().label() + " to "
					+ preview.target().label() + " cannot be built. " + String.join(" ", preview.planProblems()));
		}
		if (preview.moving().isEmpty()) {
			throw Refusal.conflict("Nothing was migrated: no running proposal of " + preview.source().label()
					+ " can move to version " + preview.target().version() + ".");
		}
		MigrationPlan plan = plan(definition(sourceId), definition(targetId));
		runtime.newMigration(plan)
			.processInstanceIds(preview.moving().stream().map(Movable::processInstanceId).toList())
			.execute();
		String by = identity.getCurrentAuthentication() == null ? null
				: identity.getCurrentAuthentication().getUserId();
		String description = preview.source().name() + ": version " + preview.source().version()
				+ tag(preview.source()) + " to version " + preview.target().version() + tag(preview.target());
		List<String> migrated = new ArrayList<>();
		for (Movable instance : preview.moving()) {
			if (instance.reference() != null) {
				proposals.migrate(instance.reference(), by, description);
				migrated.add(instance.reference());
			}
		}
		return new MigrationResult(preview.source(), preview.target(), migrated, preview.staying());
	}

	private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
		return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
	}

	private ProcessDefinition definition(String id) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw Refusal.badInput("There is no deployed process version " + id + ".");
		}
		return definition;
	}

	private static Version version(ProcessDefinition definition) {
		return new Version(definition.getId(), definition.getKey(),
				definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
				definition.getVersionTag(), definition.getDeploymentId());
	}

	private static String tag(Version version) {
		return version.versionTag() == null ? "" : " (" + version.versionTag() + ")";
	}

	/** Where an instance can stand between transactions: a wait state, a scope, or an asynchronous step. */
	private static boolean canBeWaitedAt(FlowNode node) {
		return node instanceof UserTask || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
				|| node instanceof BoundaryEvent || node instanceof SubProcess || node instanceof CallActivity
				|| node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
	}

	private static String name(BpmnModelInstance model, String activityId) {
		var element = model.getModelElementById(activityId);
		String name = element instanceof FlowNode node ? node.getName() : null;
		return name == null ? activityId : name;
	}

}
