package edu.college.microcredentials.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What an administrator's restart does after changing files in {@code processes/} or {@code forms/}: every diagram,
 * decision table and form deployed together as one new deployment, with the changed files in place of the old ones.
 */
public final class Redeployment {

	private final Map<String, byte[]> resources = new LinkedHashMap<>();

	private Redeployment() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (String pattern : new String[] { "processes/*.bpmn", "processes/*.dmn", "forms/*.form" }) {
				for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
					resources.put(pattern.substring(0, pattern.indexOf('/') + 1) + resource.getFilename(),
							resource.getContentAsByteArray());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Today's files as they are in the repository. */
	public static Redeployment ofTheRepository() {
		return new Redeployment();
	}

	public String text(String name) {
		return new String(resources.get(name), StandardCharsets.UTF_8);
	}

	/** Replaces (or adds) a file. */
	public Redeployment with(String name, String content) {
		resources.put(name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public Redeployment with(String name, byte[] content) {
		resources.put(name, content);
		return this;
	}

	public Deployment deploy(RepositoryService repository, String name) {
		DeploymentBuilder builder = repository.createDeployment().name(name);
		resources.forEach((resource, content) -> builder.addString(resource, new String(content, StandardCharsets.UTF_8)));
		return builder.deploy();
	}

}
