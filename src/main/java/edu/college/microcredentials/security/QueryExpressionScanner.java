package edu.college.microcredentials.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds a query expression in a request: a query parameter or a JSON field, at any depth, whose name ends with
 * {@code Expression}. Every expression-capable field of Camunda's queries is named so ({@code assigneeExpression},
 * {@code candidateGroupsExpression}, {@code followUpBeforeOrNotExistentExpression}, ...; all twenty are strings of
 * {@code TaskQueryDto}, which also serves the {@code orQueries} and the extending queries of filters).
 * <p>
 * A JSON field counts when its value is anything but {@code null} or an object: an expression field can only ever be
 * bound from a string (or, coerced, from a number, a boolean or an array, all refused too), while an object there
 * is a map keyed by variable names ({@code "variables": {"reviewExpression": {"value": ...}}}) and is searched
 * further instead. Names are compared ignoring case, every duplicate key is seen, and the whole body is read, so
 * the engine's parser cannot see a field this scan missed.
 */
final class QueryExpressionScanner {

	private static final String SUFFIX = "expression";

	private static final int MAX_NAME_IN_MESSAGE = 200;

	/** Jackson's defaults, as the engine's REST API reads JSON (its {@code JacksonConfigurator} changes no parser feature). */
	private static final JsonFactory JSON = JsonFactory.builder().build();

	private QueryExpressionScanner() {
	}

	/** The name of the first query parameter that carries an expression, decoded; the raw query string as sent. */
	static Optional<String> inQueryString(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : queryString.split("[&;]")) {
			int equals = pair.indexOf('=');
			String rawName = equals < 0 ? pair : pair.substring(0, equals);
			String name = decode(rawName);
			if (isExpressionName(name) || isExpressionName(rawName)) {
				return Optional.of(readable(name));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the first expression sits in a JSON body, as {@code orQueries[0].assigneeExpression}.
	 * @param storedQueryAllowed when saving a filter: the top-level {@code query} object (the stored query, which may
	 * use expressions such as {@code ${currentUser()}}) is not searched; everything else is
	 * @throws IOException when the body is not JSON
	 */
	static Optional<String> inJson(byte[] body, boolean storedQueryAllowed) throws IOException {
		try (JsonParser parser = JSON.createParser(body)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token != JsonToken.FIELD_NAME) {
					continue;
				}
				JsonStreamContext field = parser.getParsingContext();
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value == null) {
					break;
				}
				if (storedQueryAllowed && "query".equals(name) && field.getParent() != null && field.getParent().inRoot()) {
					parser.skipChildren();
				}
				else if (isExpressionName(name) && value != JsonToken.VALUE_NULL && value != JsonToken.START_OBJECT) {
					return Optional.of(readable(pathOf(field)));
				}
			}
		}
		return Optional.empty();
	}

	static boolean isExpressionName(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
	}

	/** {@code orQueries[0].orQueries[1].candidateGroupExpression}: the path of the field the context is at. */
	private static String pathOf(JsonStreamContext context) {
		Deque<String> parts = new ArrayDeque<>();
		for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inObject()) {
				parts.push("." + at.getCurrentName());
			}
			else if (at.inArray()) {
				parts.push("[" + at.getCurrentIndex() + "]");
			}
		}
		String path = String.join("", parts);
		return path.startsWith(".") ? path.substring(1) : path;
	}

	private static String decode(String raw) {
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return raw;
		}
	}

	/** A name taken from the request, fit to be echoed in a message and a log line. */
	private static String readable(String name) {
		String printable = name.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= MAX_NAME_IN_MESSAGE ? printable : printable.substring(0, MAX_NAME_IN_MESSAGE) + "…";
	}

}
