package edu.college.microcredentials.migration;

import java.util.List;

/**
 * What migrating every running instance of {@code source} to {@code target} would do: the plan (each activity of the
 * source mapped to the equal activity of the target), the activities and instances that cannot move and why, and the
 * proposals that would move.
 */
public record MigrationPreview(Version source, Version target, List<Mapping> plan, List<String> planProblems,
		List<Unmapped> unmapped, List<Movable> moving, List<Movable> staying) {

	/** A deployed version of a diagram, as the page names it. */
	public record Version(String id, String key, String name, int version, String versionTag, String deployment) {

		public String label() {
			return name + " · version " + version + (versionTag == null ? "" : " (" + versionTag + ")");
		}

	}

	/** One instruction of the plan: the source activity and the target activity it becomes. */
	public record Mapping(String sourceActivity, String sourceName, String targetActivity, String targetName) {
	}

	/** An activity of the source the target does not have: an instance waiting there cannot move. */
	public record Unmapped(String activity, String name) {
	}

	/** A running instance of the source: its proposal and where it waits; {@code why} says why it stays, if it does. */
	public record Movable(String processInstanceId, String reference, List<String> waitingAt, String why) {
	}

	public boolean migratable() {
		return planProblems.isEmpty() && !moving.isEmpty();
	}

}
