package org.injaz.nomination.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nominations API in the embedded default (HTTP Basic against Camunda's identity,
 * seeded from the realm export): who may call it, what bad input gets back, and that
 * nothing half-written stays behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class NominationApiTest {

	private static final String VALID = """
			{"branchCode":"G2C","entityName":"Ministry of Hajj · وزارة الحج","entityType":"GOVERNMENT",
			 "title":"Nusuk permits · تصاريح نسك","summary":"<script>alert('x')</script>",
			 "serviceUrl":"https://example.gov.sa/nusuk"}""";

	@Autowired
	TestRestTemplate rest;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anonymousCallersGetAProblemWithAChallenge() throws Exception {
		ResponseEntity<String> response = this.rest.getForEntity("/api/v1/nominations", String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(this.json.readTree(response.getBody()).path("status").asInt()).isEqualTo(401);
	}

	@Test
	void aNomineeSubmitsAndReadsTheirOwnNominationWhichIsStoredVerbatim() throws Exception {
		ResponseEntity<String> created = post("nominee1", VALID);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode nomination = this.json.readTree(created.getBody());
		String reference = nomination.path("reference").asText();
		assertThat(reference).matches("ACH-4-G2C-\\d{4}");
		assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/v1/nominations/" + reference);
		// Text is stored as given; escaping is the renderer's job.
		assertThat(nomination.path("summary").asText()).isEqualTo("<script>alert('x')</script>");
		// A government entity in G2C is eligible by the rules: it waits for the review.
		assertThat(nomination.path("status").asText()).isEqualTo("AWAITING_REVIEW");
		assertThat(nomination.path("outcome").isNull()).isTrue();

		assertThat(get("nominee1", "/api/v1/nominations/" + reference).getStatusCode().value()).isEqualTo(200);
		assertThat(get("nominee1", "/api/v1/nominations").getBody()).contains(reference);
		// Someone else's nomination does not exist for another nominee.
		assertThat(get("nominee2", "/api/v1/nominations/" + reference).getStatusCode().value()).isEqualTo(404);
		assertThat(get("nominee2", "/api/v1/nominations").getBody()).doesNotContain(reference);
		// Its edition's coordinators see it, and its audit trail; another edition's
		// coordinator does not.
		assertThat(get("coordinator", "/api/v1/nominations/" + reference).getStatusCode().value()).isEqualTo(200);
		assertThat(get("coordinator2", "/api/v1/nominations/" + reference).getStatusCode().value()).isEqualTo(404);
		assertThat(get("coordinator2", "/api/v1/nominations").getBody()).doesNotContain(reference);
		assertThat(get("coordinator2", "/api/v1/nominations/" + reference + "/audit").getStatusCode().value())
			.isEqualTo(404);
		ResponseEntity<String> audit = get("coordinator", "/api/v1/nominations/" + reference + "/audit");
		assertThat(audit.getStatusCode().value()).isEqualTo(200);
		assertThat(audit.getBody()).contains("NOMINATION_SUBMITTED", "nominee1");
		assertThat(get("nominee1", "/api/v1/nominations/" + reference + "/audit").getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void aNomineeWithdrawsTheirOwnNominationOnce() throws Exception {
		String reference = this.json.readTree(post("nominee1", VALID.replace("nusuk\"", "withdraw-probe\"")).getBody())
			.path("reference")
			.asText();
		assertThat(postTo("nominee2", "/api/v1/nominations/" + reference + "/withdraw", "").getStatusCode().value())
			.isEqualTo(404);
		assertThat(postTo("coordinator", "/api/v1/nominations/" + reference + "/withdraw", "").getStatusCode().value())
			.isEqualTo(403);

		ResponseEntity<String> withdrawn = postTo("nominee1", "/api/v1/nominations/" + reference + "/withdraw", "");
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
		assertThat(this.json.readTree(withdrawn.getBody()).path("status").asText()).isEqualTo("WITHDRAWN");

		ResponseEntity<String> again = postTo("nominee1", "/api/v1/nominations/" + reference + "/withdraw", "");
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void aNomineeAnswersTheQuestionOnTheirNominationThroughTheApi() throws Exception {
		// A cooperation without partner entities: the rules ask the nominee to name them.
		String cooperation = VALID.replace("\"G2C\"", "\"G2G\"").replace("nusuk\"", "g2g-probe\"");
		JsonNode submitted = this.json.readTree(post("nominee1", cooperation).getBody());
		String reference = submitted.path("reference").asText();
		assertThat(submitted.path("status").asText()).isEqualTo("CLARIFICATION_REQUESTED");

		String path = "/api/v1/nominations/" + reference + "/clarification";
		ResponseEntity<String> question = get("nominee1", path);
		assertThat(question.getStatusCode().value()).isEqualTo(200);
		assertThat(this.json.readTree(question.getBody()).path("question").asText()).isNotBlank();
		assertThat(get("nominee2", path).getStatusCode().value()).isEqualTo(404);

		ResponseEntity<String> blank = postTo("nominee1", path, "{\"answer\":\" \"}");
		assertThat(blank.getStatusCode().value()).isEqualTo(400);
		assertThat(this.json.readTree(blank.getBody()).path("errors").findValuesAsText("field")).contains("answer");

		ResponseEntity<String> answered = postTo("nominee1", path,
				"{\"answer\":\"With the Ministry of Interior\",\"partnerEntities\":[\"Ministry of Interior\"]}");
		assertThat(answered.getStatusCode().value()).isEqualTo(204);
		assertThat(this.json.readTree(get("nominee1", "/api/v1/nominations/" + reference).getBody())
			.path("status")
			.asText()).isEqualTo("AWAITING_REVIEW");
		assertThat(get("nominee1", path).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void missingFieldsAreNamed() throws Exception {
		ResponseEntity<String> response = post("nominee1", "{\"branchCode\":\"G2C\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(this.json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
			.contains("entityName", "entityType", "title");
	}

	@Test
	void anUnknownBranchIsRefusedAndNothingIsStored() throws Exception {
		int before = this.json.readTree(get("coordinator", "/api/v1/nominations").getBody()).size();
		ResponseEntity<String> response = post("nominee1", VALID.replace("\"G2C\"", "\"NOPE\""));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(this.json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
			.containsExactly("branchCode");
		assertThat(this.json.readTree(get("coordinator", "/api/v1/nominations").getBody()).size()).isEqualTo(before);
	}

	@Test
	void theSameServiceTwiceInABranchIsADuplicate() throws Exception {
		String service = VALID.replace("https://example.gov.sa/nusuk", "https://example.gov.sa/duplicate-probe");
		assertThat(post("nominee1", service).getStatusCode().value()).isEqualTo(201);
		int before = this.json.readTree(get("coordinator", "/api/v1/nominations").getBody()).size();

		ResponseEntity<String> again = post("nominee1", service.replace("duplicate-probe", "DUPLICATE-probe/"), "en");
		assertThat(again.getStatusCode().value()).isEqualTo(400);
		assertThat(this.json.readTree(again.getBody()).path("errors").findValuesAsText("field"))
			.containsExactly("serviceUrl");
		assertThat(again.getBody()).contains("already nominated");
		// Arabic unless the caller asks for English.
		assertThat(post("nominee1", service.replace("duplicate-probe", "DUPLICATE-probe/")).getBody())
			.contains("مرشَّح من قبل");
		assertThat(this.json.readTree(get("coordinator", "/api/v1/nominations").getBody()).size()).isEqualTo(before);
		// Another branch is another nomination.
		assertThat(post("nominee1", service.replace("\"G2C\"", "\"MOBILE\"")).getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void aClosedOrUnknownEditionIsRefused() throws Exception {
		ResponseEntity<String> response = post("nominee1", VALID.replace("{", "{\"editionNumber\":3,"));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(this.json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
			.containsExactly("editionNumber");
	}

	@Test
	void tooLongArabicTextAndBadAddressesAreRefused() throws Exception {
		String longTitle = "خدمة ".repeat(80);
		ResponseEntity<String> response = post("nominee1", VALID.replace("Nusuk permits · تصاريح نسك", longTitle)
			.replace("https://example.gov.sa/nusuk", "ftp:x"));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(this.json.readTree(response.getBody()).path("errors").findValuesAsText("field")).contains("title",
				"serviceUrl");
	}

	@Test
	void malformedJsonIsABadRequestWithoutAStackTrace() throws Exception {
		ResponseEntity<String> response = post("nominee1", "{\"branchCode\": ");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).doesNotContain("at org.", "Exception");
	}

	@Test
	void rolesOtherThanNomineesCannotSubmitAndReviewersCannotList() {
		assertThat(post("coordinator", VALID).getStatusCode().value()).isEqualTo(403);
		assertThat(post("reviewer1", VALID).getStatusCode().value()).isEqualTo(403);
		assertThat(get("reviewer1", "/api/v1/nominations").getStatusCode().value()).isEqualTo(403);
		assertThat(get("committee1", "/api/v1/nominations").getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void nomineesNeverReachTheEngineApiButStaffDo() {
		assertThat(get("nominee1", "/engine-rest/task").getStatusCode().value()).isEqualTo(403);
		ResponseEntity<String> reviewerTasks = get("reviewer1", "/engine-rest/task");
		assertThat(reviewerTasks.getStatusCode().value()).as(reviewerTasks.getBody()).isEqualTo(200);
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void publicResultsNeedNoSignIn() {
		assertThat(this.rest.getForEntity("/api/v1/public/results", String.class).getStatusCode().value())
			.isEqualTo(200);
	}

	private ResponseEntity<String> get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
	}

	private ResponseEntity<String> postTo(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class, Map.of());
	}

	private ResponseEntity<String> post(String user, String body) {
		return post(user, body, null);
	}

	private ResponseEntity<String> post(String user, String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		if (language != null) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		return this.rest.withBasicAuth(user, "demo")
			.exchange("/api/v1/nominations", HttpMethod.POST, new HttpEntity<>(body, headers), String.class, Map.of());
	}

}
