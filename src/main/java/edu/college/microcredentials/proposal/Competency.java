package edu.college.microcredentials.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One skill or competency the micro-credential certifies, ideally mapped to an ESCO skill. */
@Embeddable
public record Competency(@Column(length = 500) String name, @Column(length = 500) String escoUri) {

	public boolean hasEscoUri() {
		return escoUri != null && !escoUri.isBlank();
	}

}
