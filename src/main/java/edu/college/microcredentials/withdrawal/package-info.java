/** Withdrawal of a proposal by its author, at any point before the Board of Governors decides. */
package edu.college.microcredentials.withdrawal;
