package org.injaz.fullstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts and idempotent submission with Keycloak tokens on PostgreSQL, where concurrent
 * retries really contend for the key's row: however many arrive at once, one nomination.
 */
@FullStackTest
class DraftsOnPostgresIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftIsEditedWithItsETagAndConcurrentSubmitsMakeOneNomination() throws Exception {
		String token = TestServices.accessToken("nominee2", "demo");
		HttpResponse<String> created = send(token, "POST", "/api/v1/drafts", """
				{"branchCode":"G2B","entityName":"وزارة الاستثمار","entityType":"GOVERNMENT",
				 "title":"استثمر · Invest","serviceUrl":"https://example.gov.sa/postgres-draft"}""", null, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String path = "/api/v1/drafts/" + this.json.readTree(created.body()).path("id").asText();
		String etag = created.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> saved = send(token, "PUT", path, """
				{"branchCode":"G2B","entityName":"وزارة الاستثمار","entityType":"GOVERNMENT",
				 "title":"استثمر · Invest (v2)","serviceUrl":"https://example.gov.sa/postgres-draft"}""", "If-Match",
				etag);
		assertThat(saved.statusCode()).isEqualTo(200);
		HttpResponse<String> stale = send(token, "PUT", path, "{}", "If-Match", etag);
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

		int before = this.jdbc.queryForObject("select count(*) from nomination", Integer.class);
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<String> references = new ArrayList<>();
		try {
			List<Callable<HttpResponse<String>>> submits = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				submits.add(() -> send(token, "POST", path + "/submit", null, "Idempotency-Key", key));
			}
			for (Future<HttpResponse<String>> result : pool.invokeAll(submits)) {
				HttpResponse<String> response = result.get();
				assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
				if (response.statusCode() == 201) {
					references.add(this.json.readTree(response.body()).path("reference").asText());
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(references).isNotEmpty();
		assertThat(references.stream().distinct()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from submission_key where idempotency_key = ?",
				Integer.class, key))
			.isEqualTo(1);

		JsonNode nomination = this.json
			.readTree(send(token, "GET", "/api/v1/nominations/" + references.get(0), null, null, null).body());
		assertThat(nomination.path("title").asText()).isEqualTo("استثمر · Invest (v2)");
		assertThat(nomination.path("timeline").findValuesAsText("kind")).contains("SUBMITTED");
	}

	private static HttpResponse<String> send(String token, String method, String path, String body, String header,
			String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (header != null) {
			request.header(header, value);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
