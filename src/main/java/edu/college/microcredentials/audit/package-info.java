/**
 * What auditors read: the whole story of one proposal, reconciled from the engine's history and the record, and its
 * exports. Read-only, for auditors and process administrators. docs/auditors.md
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.audit;
