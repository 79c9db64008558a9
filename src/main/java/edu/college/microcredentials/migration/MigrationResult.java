package edu.college.microcredentials.migration;

import java.util.List;

/** What a migration did: the proposals moved from {@code source} to {@code target}, and those left where they were. */
public record MigrationResult(MigrationPreview.Version source, MigrationPreview.Version target, List<String> migrated,
		List<MigrationPreview.Movable> left) {
}
