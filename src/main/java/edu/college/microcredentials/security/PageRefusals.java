package edu.college.microcredentials.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalNotFoundException;

/** The application's pages answer a refusal with a page saying what went wrong, in its status. */
@ControllerAdvice(annotations = Controller.class)
class PageRefusals {

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal) {
		HttpStatus status = status(refusal);
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/refused", status);
		page.addObject("message", refusal.getMessage());
		return page;
	}

	static HttpStatus status(Refusal refusal) {
		return refusal instanceof ProposalNotFoundException ? HttpStatus.NOT_FOUND
				: HttpStatus.valueOf(refusal.kind().status());
	}

}
