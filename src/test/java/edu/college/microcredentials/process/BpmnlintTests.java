package edu.college.microcredentials.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bpmnlint as the build runs it (pom.xml, src/main/frontend/.bpmnlintrc) on a diagram an administrator broke in
 * Modeler: it fails naming the element and the rule.
 */
class BpmnlintTests {

	@TempDir
	Path folder;

	@Test
	void theRepositorysDiagramsPass() throws Exception {
		Lint lint = lint("processes/micro-credential-development.bpmn", "processes/withdraw-proposal.bpmn",
				"processes/credential-periodic-review.bpmn");
		assertThat(lint.exitCode()).as(lint.output()).isZero();
	}

	@Test
	void aDiagramWithoutHistoryTimeToLiveOrVersionTagOrPinnedDecisionFailsNamingTheElement() throws Exception {
		Path broken = folder.resolve("micro-credential-development.bpmn");
		Files.writeString(broken, Files.readString(Path.of("processes/micro-credential-development.bpmn"))
			.replace("camunda:historyTimeToLive=\"P3650D\"", "")
			.replaceAll("camunda:versionTag=\"[^\"]*\"", "")
			.replace(" camunda:decisionRefBinding=\"deployment\"", ""));

		Lint lint = lint(broken.toString());

		assertThat(lint.exitCode()).isEqualTo(1);
		assertThat(lint.output()).contains("micro-credential-development.bpmn")
			.containsPattern("micro-credential-development\\s+error\\s+Property <historyTimeToLive>")
			.containsPattern("micro-credential-development\\s+error\\s+Process has no version tag")
			.containsPattern("decideReviews\\s+error\\s+Decision reviewRouting must be called with Binding: deployment");
	}

	private record Lint(int exitCode, String output) {
	}

	private static Lint lint(String... files) throws IOException, InterruptedException {
		Path frontend = Path.of("target", "frontend");
		java.util.List<String> command = new java.util.ArrayList<>(
				java.util.List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js", "--no-color"));
		for (String file : files) {
			command.add(Path.of(file).toAbsolutePath().toString());
		}
		Process process = new ProcessBuilder(command).directory(frontend.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Lint(process.waitFor(), output);
	}

}
