package edu.college.microcredentials.proposal;

/**
 * What a person decided at one step of the process.
 *
 * @param stage the BPMN id of the step, e.g. {@code assessConcept}
 * @param details stage-specific facts as JSON, or {@code null}
 */
public record StageDecision(String stage, String stageName, String outcome, String reason, String decidedBy,
		String details) {
}
