package edu.college.microcredentials.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with a 400 and before anything else sees the request, every request to the engine's APIs that carries a
 * query expression, in a query parameter or anywhere in a JSON body. Camunda 7.24.0 refuses expressions at the top
 * level of an ad-hoc task query but evaluates those inside {@code orQueries}; this guard makes sure none arrives.
 * <p>
 * The one exception is saving a filter ({@code POST .../filter/create}, {@code PUT .../filter/{id}}): its stored
 * query (the {@code query} object) may use expressions such as {@code ${currentUser()}}, which Tasklist's filters rely
 * on; only administrators may create or change filters. Running a filter with an extending query is checked like any
 * query. See docs/security.md, "Expressions in queries (Camunda 7.24.0)".
 * <p>
 * A JSON body (declared JSON, undeclared, or a wildcard type) is read once, up to a limit, and served again to the
 * rest of the chain; other bodies (forms, uploads) are not touched.
 */
final class QueryExpressionGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(QueryExpressionGuard.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Pattern filterSavePath;

	private final int maxBodyBytes;

	/**
	 * @param restPrefix where the engine's REST API is ({@code /engine-rest})
	 * @param webappPrefix where the webapps are ({@code /camunda}); their engine API is {@code /api/engine/engine/{name}}
	 * @param maxBodyBytes the largest JSON body read for the check; larger ones are refused with a 413
	 */
	QueryExpressionGuard(String restPrefix, String webappPrefix, int maxBodyBytes) {
		this.filterSavePath = Pattern.compile("(?:" + Pattern.quote(restPrefix) + "(?:/engine/[^/]+)?|"
				+ Pattern.quote(webappPrefix) + "/api/engine/engine/[^/]+)/filter/([^/]+)/?");
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> parameter = QueryExpressionScanner.inQueryString(request.getQueryString());
		if (parameter.isPresent()) {
			refuseExpression(request, response, parameter.get());
			return;
		}
		if (!mayBeJson(request.getContentType())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBodyBytes) {
			refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
			return;
		}
		byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
		if (body.length > maxBodyBytes) {
			refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
			return;
		}
		if (body.length > 0) {
			Optional<String> field;
			try {
				field = QueryExpressionScanner.inJson(body, isFilterSave(request));
			}
			catch (IOException notJson) {
				refuse(response, HttpStatus.BAD_REQUEST,
						"The request body is not valid JSON, so it cannot be checked for query expressions.");
				return;
			}
			if (field.isPresent()) {
				refuseExpression(request, response, field.get());
				return;
			}
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	/** Declared JSON, undeclared, malformed or a wildcard: whatever the engine's JSON reader might accept. */
	static boolean mayBeJson(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		int slash = type.indexOf('/');
		if (slash < 0) {
			return true;
		}
		String main = type.substring(0, slash);
		String subtype = type.substring(slash + 1);
		return main.equals("*") || subtype.equals("*") || subtype.contains("json") || subtype.contains("javascript");
	}

	/** Saving a filter: its stored query may hold expressions; the rest of the body may not. */
	private boolean isFilterSave(HttpServletRequest request) {
		var path = filterSavePath.matcher(pathWithinApplication(request));
		if (!path.matches()) {
			return false;
		}
		return switch (request.getMethod()) {
			case "POST" -> path.group(1).equals("create");
			case "PUT" -> true;
			default -> false;
		};
	}

	/** Decoded and normalised, without path parameters: the path the servlet mappings (and Jersey) route by. */
	private static String pathWithinApplication(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

	private static void refuseExpression(HttpServletRequest request, HttpServletResponse response, String where)
			throws IOException {
		log.warn("Refused a query expression ({}) in {} {}", where, request.getMethod(), request.getRequestURI());
		refuse(response, HttpStatus.BAD_REQUEST, "Expressions are not allowed in queries (" + where + ").");
	}

	private String tooLarge() {
		return "The request body is larger than " + maxBodyBytes
				+ " bytes, the most this application reads to check it for query expressions.";
	}

	/** Answers as the engine's REST API answers an invalid request. */
	private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", "InvalidRequestException");
		error.put("message", message);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), error);
	}

	/** The request with its body read once and served again, as often as asked. */
	static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						listener.onAllDataRead();
					}
					catch (IOException failure) {
						listener.onError(failure);
					}
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
