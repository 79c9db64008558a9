/**
 * Documents attached to a proposal (an endorsement letter, a curriculum map, a budget sheet): kept with the record in
 * the database, their kind told from their bytes, readable and attachable by whoever may read the proposal.
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.document;
