package edu.college.microcredentials.review;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which outcomes move a proposal forward and so need no written reason; every other outcome (negative, revise,
 * more information) must carry one.
 */
@ConfigurationProperties("approval.decisions")
record DecisionSettings(Set<String> outcomesWithoutReason) {

	DecisionSettings {
		outcomesWithoutReason = outcomesWithoutReason == null
				? Set.of("supported", "endorsed", "confirmed", "approved", "continue") : Set.copyOf(outcomesWithoutReason);
	}

	boolean needsReason(String outcome) {
		return !outcomesWithoutReason.contains(outcome);
	}

}
