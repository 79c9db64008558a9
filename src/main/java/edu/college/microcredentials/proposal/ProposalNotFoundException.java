package edu.college.microcredentials.proposal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No proposal has this reference; the message is shown to the user as it is. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProposalNotFoundException extends ProcessEngineException {

	public ProposalNotFoundException(String reference) {
		super("There is no micro-credential proposal with the reference '" + reference + "'.");
	}

}
