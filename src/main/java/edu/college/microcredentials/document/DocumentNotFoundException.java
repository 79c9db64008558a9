package edu.college.microcredentials.document;

import edu.college.microcredentials.process.Refusal;

/** No document of that number belongs to the proposal (404 at the download address). */
public class DocumentNotFoundException extends Refusal {

	DocumentNotFoundException(String reference, long id) {
		super(Kind.BAD_INPUT, reference + " has no document " + id + ".");
	}

}
