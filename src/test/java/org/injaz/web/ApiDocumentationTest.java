package org.injaz.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the nominee's whole API: drafts with their
 * preconditions, idempotent submission, the problems and the languages they come in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class ApiDocumentationTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	void theDocumentDescribesDraftsSubmissionAndProblems() throws Exception {
		assertThat(this.rest.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
		ResponseEntity<String> response = this.rest.withBasicAuth("nominee1", "demo")
			.getForEntity("/v3/api-docs", String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode api = new ObjectMapper().readTree(response.getBody());
		JsonNode paths = api.path("paths");
		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/v1/drafts", "/api/v1/drafts/{id}", "/api/v1/drafts/{id}/submit", "/api/v1/nominations",
					"/api/v1/nominations/{reference}", "/api/v1/nominations/{reference}/withdraw",
					"/api/v1/nominations/{reference}/clarification", "/api/v1/editions", "/api/v1/public/results");
		JsonNode put = paths.path("/api/v1/drafts/{id}").path("put");
		assertThat(put.path("parameters").findValuesAsText("name")).contains("If-Match", "Accept-Language");
		assertThat(put.path("responses").fieldNames()).toIterable().contains("200", "400", "412", "428");
		JsonNode submit = paths.path("/api/v1/drafts/{id}/submit").path("post");
		assertThat(submit.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
		assertThat(submit.path("responses").fieldNames()).toIterable().contains("201", "409", "422");
		assertThat(paths.path("/api/v1/nominations").path("post").path("parameters").findValuesAsText("name"))
			.contains("Idempotency-Key");
		assertThat(paths.path("/api/v1/public/results").path("get").path("responses").has("401")).isFalse();
		assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
		assertThat(api.path("components").path("securitySchemes").fieldNames()).toIterable()
			.contains("keycloak", "basic");
	}

}
