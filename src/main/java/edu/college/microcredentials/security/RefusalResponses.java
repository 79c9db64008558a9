package edu.college.microcredentials.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import edu.college.microcredentials.process.Refusal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a refused request to the engine's APIs (REST and the webapps', so Tasklist too) with the status a person
 * can act on and the application's own message, instead of a 500 carrying the engine's wrapping ("ENGINE-03051 ...
 * TaskListener ..."), class names or SQL: 400 for what they sent, 403 for what is not theirs to do, 409 when someone
 * else acted first. The engine's failure is recorded by {@link StaffCommandGuard} as it leaves the command; the body
 * keeps the REST API's error format ({@code type}, {@code message}), which Tasklist shows as it is. Failures that are
 * nobody's fault but the application's become a 500 with a reference to the log, except for administrators, who see
 * the engine's own message.
 */
final class RefusalResponses extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RefusalResponses.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ThreadLocal<Answer[]> CURRENT = new ThreadLocal<>();

	/**
	 * How a request is answered when its command failed. A decisive answer (the application's refusal, a missing
	 * permission, a conflict) replaces whatever the API said; the others only replace a 500, so the API's own 4xx
	 * answers (a 404 for an unknown id) stand.
	 */
	record Answer(int status, String type, String message, boolean decisive) {
	}

	/** A task someone completed before the caller could. */
	record CompletedTask(String name, String completedBy, Date at) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Answer[] answer = new Answer[1];
		CURRENT.set(answer);
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
		}
		finally {
			CURRENT.remove();
		}
		if (answer[0] != null && buffered.getStatus() >= 400 && (answer[0].decisive() || buffered.getStatus() >= 500)) {
			buffered.resetBuffer();
			buffered.setStatus(answer[0].status());
			buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
			buffered.setCharacterEncoding(StandardCharsets.UTF_8.name());
			buffered.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", answer[0].type(), "message",
					answer[0].message())));
		}
		buffered.copyBodyToResponse();
	}

	/** Called by the engine's outermost command when it fails, inside a request to the engine's APIs. */
	static void record(RuntimeException failure, Optional<String> taskId,
			Function<String, Optional<CompletedTask>> completedTask, boolean administrator) {
		Answer[] answer = CURRENT.get();
		if (answer != null) {
			answer[0] = answerTo(failure, taskId, completedTask, administrator);
		}
	}

	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
	}

	/** The answer to a failed command; {@code null} leaves the engine's own (for administrators' failures). */
	static Answer answerTo(RuntimeException failure, Optional<String> taskId,
			Function<String, Optional<CompletedTask>> completedTask, boolean administrator) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Refusal refusal) {
				return new Answer(refusal.kind().status(), refusal.kind().name(), refusal.getMessage(), true);
			}
		}
		if (failure instanceof AuthorizationException denied) {
			return new Answer(403, Refusal.Kind.NOT_ALLOWED.name(), denied.getUserId()
					+ " may not do this: their roles do not allow "
					+ denied.getMissingAuthorizations().stream()
						.map(missing -> missing.getViolatedPermissionName().toLowerCase().replace('_', ' ') + " on this "
								+ missing.getResourceType().toLowerCase().replace('_', ' '))
						.distinct().collect(Collectors.joining(" or ")) + ".", true);
		}
		if (failure instanceof TaskAlreadyClaimedException claimed) {
			return new Answer(409, Refusal.Kind.CONFLICT.name(),
					"This task was already taken by " + claimed.getTaskAssignee() + ".", true);
		}
		boolean actedOnTogether = causes(failure).anyMatch(cause -> cause instanceof OptimisticLockingException
				|| cause instanceof OptimisticLockingFailureException || cause instanceof StaleStateException);
		if (taskId.isPresent() && (actedOnTogether || failure instanceof NullValueException
				|| failure instanceof NotFoundException)) {
			Optional<CompletedTask> done = completedTask.apply(taskId.get());
			if (done.isPresent()) {
				return new Answer(409, Refusal.Kind.CONFLICT.name(), "\u201c" + done.get().name()
						+ "\u201d was already completed by " + done.get().completedBy() + " at " + done.get().at().toInstant()
						+ ". The proposal has moved on; nothing of yours was saved.", true);
			}
		}
		// the engine's rows or the proposal's record (another node's transaction, in a cluster) changed underneath
		if (actedOnTogether) {
			return new Answer(409, Refusal.Kind.CONFLICT.name(),
					"Someone else acted on this proposal at the same moment. Reload and look again: nothing of yours was saved.",
					true);
		}
		if (failure instanceof BadUserRequestException || failure instanceof NotValidException
				|| failure instanceof NullValueException) {
			return new Answer(400, Refusal.Kind.BAD_INPUT.name(), withoutEngineCode(failure.getMessage()), false);
		}
		if (administrator) {
			return null;
		}
		String incident = UUID.randomUUID().toString().substring(0, 8);
		log.error("Request failed; told the caller to quote {}", incident, failure);
		return new Answer(500, "Failure", "Something went wrong on our side. Nothing was saved. If it happens again, "
				+ "give the process administrators this reference: " + incident + ".", false);
	}

	private static String withoutEngineCode(String message) {
		return message == null ? "" : message.replaceAll("ENGINE-\\d+\\s*", "");
	}

}
