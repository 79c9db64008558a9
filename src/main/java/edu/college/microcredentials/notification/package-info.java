/**
 * Telling people what happened to a proposal: every transition writes a notification to the outbox with one mail
 * delivery per person, and {@code MailOutbox} sends them. docs/notifications.md
 */
package edu.college.microcredentials.notification;
