package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every kind of response carries {@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY}, and,
 * outside the production profile, no {@code Strict-Transport-Security} (ProductionProfileTests checks it there).
 */
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	/** A path of each kind, with the status it answers (so the test knows what it looked at). */
	static final Map<String, Integer> ANONYMOUS = Map.ofEntries(
			Map.entry("/", 302), // the application's root, redirecting to the webapps
			Map.entry("/camunda/app/tasklist/", 302), // a webapp's entry, redirecting to its page
			Map.entry("/camunda/app/tasklist/default/", 200), // a webapp's page
			Map.entry("/camunda/api/engine/engine/", 200), // the webapps' API
			Map.entry("/camunda/favicon.ico", 200), // a static file
			Map.entry("/engine-rest/engine", 200), // the REST API
			Map.entry("/engine-rest/task", 401), // the REST API, not signed in
			Map.entry("/engine-rest/task?assigneeExpression=x", 400), // the query-expression guard's refusal
			Map.entry("/api/proposals/MC-2026-0001", 401), // the proposal records, not signed in
			Map.entry("/api/badges/MC-1999-0001", 404), // the public badges, an unknown one
			Map.entry("/nowhere", 404)); // the error page

	@LocalServerPort
	int port;

	@Test
	void everyKindOfResponseForbidsSniffingAndFramingAndSaysNothingOfHttps() {
		ANONYMOUS.forEach((path, status) -> {
			HttpResponse<String> response = get(port, path, null);
			assertSecurityHeaders(response, status);
			assertThat(response.headers().allValues("Strict-Transport-Security")).as(path).isEmpty();
		});
		assertSecurityHeaders(get(port, "/engine-rest/task", "demo"), 200);
	}

	@Test
	void theWebappsKeepTheirOwnContentSecurityPolicy() {
		HttpResponse<String> page = get(port, "/camunda/app/tasklist/default/", null);

		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
			.contains("frame-ancestors 'none'");
	}

	static void assertSecurityHeaders(HttpResponse<String> response, int status) {
		String what = response.request().uri().toString();
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
	}

	/** Plain HTTP, following no redirect: the response exactly as the application sent it. */
	static HttpResponse<String> get(int port, String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(path, e);
		}
	}

}
