package edu.college.microcredentials.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The state diagram in docs/architecture.md is the lifecycle {@link Transition} enforces, no more and no less. */
class LifecycleDiagramTests {

	@Test
	void theArchitectureDocumentDrawsEveryTransitionAndOnlyThose() throws IOException {
		String document = Files.readString(Path.of("docs", "architecture.md"));
		String diagram = document.substring(document.indexOf("stateDiagram-v2"), document.indexOf("```",
				document.indexOf("stateDiagram-v2")));
		List<String> drawn = diagram.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).toList();

		Set<String> expected = new HashSet<>();
		for (Transition transition : Transition.values()) {
			if (transition.from().isEmpty()) {
				expected.add("[*] --> " + transition.leadsFrom(null) + ": " + transition.label());
			}
			transition.from().forEach(status -> expected
				.add(status + " --> " + transition.leadsFrom(status) + ": " + transition.label()));
		}
		Arrays.stream(ProposalStatus.values())
			.filter(status -> Arrays.stream(Transition.values()).noneMatch(transition -> transition.allowedFrom(status)))
			.forEach(end -> expected.add(end + " --> [*]"));

		assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
	}

}
