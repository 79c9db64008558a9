/** The decisions people take in Tasklist: what each decision form shows, and how its answer is checked and recorded. */
package edu.college.microcredentials.review;
