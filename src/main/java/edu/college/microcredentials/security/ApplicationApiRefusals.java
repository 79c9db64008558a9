package edu.college.microcredentials.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import edu.college.microcredentials.proposal.ProposalNotFoundException;

/**
 * The application's own endpoints ({@code /api/proposals}, {@code /api/badges}) answer a refusal like the engine's
 * REST API does: its status and {@code {"type": …, "message": …}} with a message a person can act on.
 */
@RestControllerAdvice
class ApplicationApiRefusals {

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> refused(ResponseStatusException refusal) {
		return answer(HttpStatus.valueOf(refusal.getStatusCode().value()), refusal.getReason());
	}

	@ExceptionHandler(ProposalNotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(ProposalNotFoundException refusal) {
		return answer(HttpStatus.NOT_FOUND, refusal.getMessage());
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("type", status.name(), "message", String.valueOf(message)));
	}

}
