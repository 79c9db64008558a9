/**
 * Publication of approved micro-credentials and their periodic review; the public catalogue and the badge definitions
 * follow the record's events (catalogue module).
 */
package edu.college.microcredentials.publication;
