/**
 * Migration: a process administrator moves running proposals from one version of a diagram to another, seeing the
 * plan, what cannot move and why, and the proposals that would move first; the record notes each migration.
 * docs/administrators.md, "Moving running proposals to a new version"
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.migration;
