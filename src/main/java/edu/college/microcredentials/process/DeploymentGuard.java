package edu.college.microcredentials.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Refuses a new deployment whose diagrams break {@link DiagramRules}, before the engine parses anything: the
 * deployment at start (a changed file in {@code processes/} or {@code forms/}), one over the REST API (Modeler's
 * deploy button) and one from Java alike. The refusal lists every problem with its file and element; over REST it is
 * a 400 with that message (security/RefusalResponses). Deployments already made are not checked again when the engine
 * reloads them.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	DeploymentGuard(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreDeployers() == null) {
			configuration.setCustomPreDeployers(new java.util.ArrayList<>());
		}
		configuration.getCustomPreDeployers().add(this::check);
	}

	void check(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		Map<String, byte[]> resources = new LinkedHashMap<>();
		deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
		List<DiagramRules.Problem> problems = new DiagramRules(resources, context::containsBean).problems();
		if (!problems.isEmpty()) {
			throw Refusal.badInput("The deployment " + (deployment.getName() == null ? "" : "\"" + deployment.getName()
					+ "\" ") + "was refused; nothing was deployed. "
					+ problems.stream().map(DiagramRules.Problem::toString).collect(Collectors.joining(" ")));
		}
	}

}
