/**
 * The public catalogue of approved micro-credentials: one entry per published credential, kept by the record's
 * events (publication, revision after a periodic review, retirement) with the EU's standard elements, searchable
 * without sign-in, and served as schema.org pages, a feed, Open Badges 2.0 BadgeClasses and Open Badges 3.0
 * Achievements.
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.catalogue;
