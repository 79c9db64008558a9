/**
 * Retention: a proposal's record and the engine's history of all its process instances are removed together, in
 * one transaction, once the retention period has passed since the proposal ended; a note of each removal is kept.
 * docs/administrators.md, "Retention"
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.retention;
