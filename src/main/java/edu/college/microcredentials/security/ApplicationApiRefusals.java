package edu.college.microcredentials.security;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import edu.college.microcredentials.process.Refusal;

/**
 * The application's own endpoints ({@code /api/proposals}, {@code /api/badges}) answer a refusal like the engine's
 * REST API does: its status and {@code {"type": …, "message": …}} with a message a person can act on. The pages
 * answer with a page of their own ({@code templates/error/}).
 */
// before PageRefusals, which would otherwise answer REST controllers too (they are controllers)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApplicationApiRefusals {

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> refused(ResponseStatusException refusal) {
		return answer(HttpStatus.valueOf(refusal.getStatusCode().value()), refusal.getReason());
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<Map<String, String>> refused(Refusal refusal) {
		return answer(PageRefusals.status(refusal), refusal.getMessage());
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("type", status.name(), "message", String.valueOf(message)));
	}

}
