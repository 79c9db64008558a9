package edu.college.microcredentials.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The guard's search for query expressions, without a server. */
class QueryExpressionScannerTests {

	@Test
	void findsAnExpressionFieldAtAnyDepthAndNamesWhereItIs() throws IOException {
		assertThat(json("{\"assigneeExpression\":\"${1+1}\"}")).hasValue("assigneeExpression");
		assertThat(json("{\"orQueries\":[{\"assignee\":\"a\"},{\"followUpBeforeOrNotExistentExpression\":\"${x}\"}]}"))
			.hasValue("orQueries[1].followUpBeforeOrNotExistentExpression");
		assertThat(json("{\"a\":{\"b\":[[{\"orQueries\":[{\"candidateGroupsExpression\":\"${x}\"}]}]]}}"))
			.hasValue("a.b[0][0].orQueries[0].candidateGroupsExpression");
		assertThat(json("[{\"ownerExpression\":\"${x}\"}]")).hasValue("[0].ownerExpression");
	}

	@Test
	void anyValueButNullOrAnObjectCounts() throws IOException {
		assertThat(json("{\"assigneeExpression\":null}")).isEmpty();
		assertThat(json("{\"assigneeExpression\":\"\"}")).isPresent();
		assertThat(json("{\"assigneeExpression\":2}")).isPresent();
		assertThat(json("{\"assigneeExpression\":true}")).isPresent();
		assertThat(json("{\"assigneeExpression\":[\"${x}\"]}")).isPresent();
		// variables are maps keyed by name: an object is never an expression, but its content is searched
		assertThat(json("{\"variables\":{\"reviewExpression\":{\"value\":\"${x}\"}}}")).isEmpty();
		assertThat(json("{\"variables\":{\"reviewExpression\":{\"value\":\"x\",\"ownerExpression\":\"${x}\"}}}"))
			.hasValue("variables.reviewExpression.ownerExpression");
	}

	@Test
	void namesAreComparedIgnoringCaseAndDuplicatesAreAllSeen() throws IOException {
		assertThat(json("{\"ASSIGNEEEXPRESSION\":\"${x}\"}")).isPresent();
		assertThat(json("{\"assigneeExpression\":\"${x}\",\"assigneeExpression\":null}")).isPresent();
		assertThat(json("{\"assignee\":\"${x}\",\"expressions\":\"${x}\"}")).isEmpty();
	}

	@Test
	void onlyTheStoredQueryOfAFilterBeingSavedMayHoldExpressions() throws IOException {
		String filter = "{\"name\":\"mine\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";
		assertThat(json(filter)).hasValue("query.assigneeExpression");
		assertThat(QueryExpressionScanner.inJson(bytes(filter), true)).isEmpty();
		assertThat(QueryExpressionScanner.inJson(
				bytes("{\"query\":{},\"properties\":{\"query\":{\"assigneeExpression\":\"${x}\"}}}"), true))
			.hasValue("properties.query.assigneeExpression");
	}

	@Test
	void aBodyThatIsNotJsonCannotBeCleared() throws IOException {
		assertThatThrownBy(() -> json("{\"orQueries\":[{\"assignee\":\"demo\"")).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> json("{\"a\":1} trailing")).isInstanceOf(JsonProcessingException.class);
		// an expression found before the body breaks off is refused as such
		assertThat(json("{\"orQueries\":[{\"assigneeExpression\":\"${x}\"")).isPresent();
		// every value of the body is searched, not only the first, which is all the engine reads
		assertThat(json("{\"a\":1} {\"assigneeExpression\":\"${x}\"}")).hasValue("assigneeExpression");
	}

	@Test
	void queryParametersAreDecodedAndEveryOneLookedAt() {
		assertThat(QueryExpressionScanner.inQueryString(null)).isEmpty();
		assertThat(QueryExpressionScanner.inQueryString("assignee=demo&sortBy=created")).isEmpty();
		assertThat(QueryExpressionScanner.inQueryString("assignee=demo&dueAfterExpression=%24%7Bnow()%7D"))
			.hasValue("dueAfterExpression");
		assertThat(QueryExpressionScanner.inQueryString("a=b;assignee%45xpression")).hasValue("assigneeExpression");
		assertThat(QueryExpressionScanner.inQueryString("ownerexpression=")).hasValue("ownerexpression");
		assertThat(QueryExpressionScanner.inQueryString("x%ZZExpression=1")).isPresent();
	}

	@Test
	void everyBodyTheEngineMightReadAsJsonIsChecked() {
		assertThat(QueryExpressionGuard.mayBeJson(null)).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("application/json")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("Application/JSON; charset=UTF-8")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("application/hal+json")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("*/*")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("application/*")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("json")).isTrue();
		assertThat(QueryExpressionGuard.mayBeJson("application/x-www-form-urlencoded")).isFalse();
		assertThat(QueryExpressionGuard.mayBeJson("multipart/form-data; boundary=x")).isFalse();
	}

	private static Optional<String> json(String body) throws IOException {
		return QueryExpressionScanner.inJson(bytes(body), false);
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
