package edu.college.microcredentials.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The last proposal number given out in a year; locked while a new reference is taken, so none is given twice. */
@Entity
class ReferenceCounter {

	@Id
	private int referenceYear;

	private int lastNumber;

	protected ReferenceCounter() {
	}

	ReferenceCounter(int year) {
		this.referenceYear = year;
	}

	int next() {
		return ++lastNumber;
	}

}
