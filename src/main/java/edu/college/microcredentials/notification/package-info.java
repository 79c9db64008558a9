/** Telling people what happened to a proposal: every transition writes a notification to the outbox. */
package edu.college.microcredentials.notification;
