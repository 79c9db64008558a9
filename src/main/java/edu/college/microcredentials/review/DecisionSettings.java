package edu.college.microcredentials.review;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which outcomes move a proposal forward and so need no written reason (a reason given is kept all the same); every
 * other outcome (negative, revise, more information) must carry one. The decision forms label the reason optional
 * for these outcomes and show it for all.
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
