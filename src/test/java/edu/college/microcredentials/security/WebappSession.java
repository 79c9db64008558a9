package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** A browser session of the webapps: session cookie and CSRF token, as Tasklist keeps them. */
record WebappSession(TestRestTemplate rest, Map<String, String> cookies) {

	static WebappSession signIn(TestRestTemplate rest, String user) {
		WebappSession webapp = new WebappSession(rest, new LinkedHashMap<>());
		webapp.remember(rest.exchange(RequestEntity.get(URI.create(rest.getRootUri() + "/camunda/api/engine/engine/"))
			.build(), String.class));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", user);
		ResponseEntity<String> signedIn = rest.exchange(RequestEntity
			.post(URI.create(rest.getRootUri() + "/camunda/api/admin/auth/user/default/login/tasklist"))
			.headers(webapp::sendCookies)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form), String.class);
		assertThat(signedIn.getStatusCode()).as("%s", signedIn.getBody()).isEqualTo(HttpStatus.OK);
		webapp.remember(signedIn);
		// signing in starts a new session; its CSRF token comes with the next read, as Tasklist's does
		webapp.remember(rest.exchange(RequestEntity
			.get(URI.create(rest.getRootUri() + "/camunda/api/admin/auth/user/default"))
			.headers(webapp::sendCookies)
			.build(), String.class));
		return webapp;
	}

	ResponseEntity<JsonNode> post(String pathAndQuery, Object body) {
		ResponseEntity<JsonNode> response = rest.exchange(RequestEntity
			.post(URI.create(rest.getRootUri() + pathAndQuery))
			.headers(this::sendCookies)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body), JsonNode.class);
		remember(response);
		return response;
	}

	ResponseEntity<String> get(String pathAndQuery) {
		return rest.exchange(RequestEntity.get(URI.create(rest.getRootUri() + pathAndQuery)).headers(this::sendCookies)
			.build(), String.class);
	}

	/** One of the application's pages, as a browser asks for it. */
	ResponseEntity<String> page(String path) {
		return rest.exchange(RequestEntity.get(URI.create(rest.getRootUri() + path)).headers(this::sendCookies)
			.accept(MediaType.TEXT_HTML).build(), String.class);
	}

	/** A post a page on another site could make with the session's cookie, but not with its tokens. */
	ResponseEntity<String> postWithCookieOnly(String pathAndQuery) {
		return rest.exchange(RequestEntity.post(URI.create(rest.getRootUri() + pathAndQuery))
			.headers(headers -> cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value)))
			.build(), String.class);
	}

	private void sendCookies(HttpHeaders headers) {
		cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
		if (cookies.containsKey("XSRF-TOKEN")) {
			headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
		}
	}

	private void remember(ResponseEntity<?> response) {
		List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
		if (token != null) {
			cookies.put("XSRF-TOKEN", token);
		}
	}

}
