/** Publication of approved micro-credentials with their Open Badges 2.0 BadgeClass, and their periodic review. */
package edu.college.microcredentials.publication;
