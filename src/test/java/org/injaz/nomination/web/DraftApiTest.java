package org.injaz.nomination.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts, optimistic locking with ETag / If-Match, idempotent submission, the status
 * timeline and Problem Details in the caller's language, on the embedded application (the
 * same context as {@link NominationApiTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class DraftApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Editions editions;

	@Autowired
	AwardProgrammes programmes;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aDraftIsSavedInPartsGuardedByItsVersionAndSubmittedOnce() throws Exception {
		ResponseEntity<String> created = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"branchCode\":\"G2C\",\"title\":\"تصاريح نسك · Nusuk permits\"}", Map.of());
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode draft = this.json.readTree(created.getBody());
		String path = "/api/v1/drafts/" + draft.path("id").asText();
		assertThat(created.getHeaders().getLocation().toString()).endsWith(path);
		assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
		assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
		assertThat(this.json.convertValue(draft.path("missingFields"), List.class)).containsExactly("entityName",
				"entityType");

		// Only its owner knows it; other roles never reach drafts.
		assertThat(call("nominee2", HttpMethod.GET, path, null, Map.of()).getStatusCode().value()).isEqualTo(404);
		assertThat(call("coordinator", HttpMethod.GET, path, null, Map.of()).getStatusCode().value()).isEqualTo(403);
		assertThat(call("nominee1", HttpMethod.GET, "/api/v1/drafts", null, Map.of()).getBody())
			.contains(draft.path("id").asText());
		assertThat(
				call("nominee1", HttpMethod.GET, path, null, Map.of(HttpHeaders.IF_NONE_MATCH, "\"0\"")).getStatusCode()
					.value())
			.isEqualTo(304);

		String complete = """
				{"branchCode":"G2C","title":"تصاريح نسك · Nusuk permits","entityName":"وزارة الحج",
				 "entityType":"GOVERNMENT","serviceUrl":"https://example.gov.sa/draft-probe",
				 "summary":"<script>alert('draft')</script>"}""";
		ResponseEntity<String> withoutVersion = call("nominee1", HttpMethod.PUT, path, complete, Map.of());
		assertThat(withoutVersion.getStatusCode().value()).isEqualTo(428);
		assertProblem(withoutVersion);
		ResponseEntity<String> saved = call("nominee1", HttpMethod.PUT, path, complete,
				Map.of(HttpHeaders.IF_MATCH, "\"0\""));
		assertThat(saved.getStatusCode().value()).isEqualTo(200);
		assertThat(saved.getHeaders().getETag()).isEqualTo("\"1\"");
		// Stored verbatim; escaping is the renderer's job.
		assertThat(this.json.readTree(saved.getBody()).path("summary").asText())
			.isEqualTo("<script>alert('draft')</script>");

		// A second tab still holding version 0 cannot overwrite version 1.
		ResponseEntity<String> stale = call("nominee1", HttpMethod.PUT, path,
				complete.replace("وزارة الحج", "Overwritten"),
				Map.of(HttpHeaders.IF_MATCH, "\"0\"", "Accept-Language", "en"));
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertProblem(stale);
		assertThat(this.json.readTree(stale.getBody()).path("currentVersion").asLong()).isEqualTo(1);
		assertThat(this.json.readTree(stale.getBody()).path("title").asText()).isEqualTo("The draft has changed");
		assertThat(call("nominee1", HttpMethod.GET, path, null, Map.of()).getBody()).contains("وزارة الحج")
			.doesNotContain("Overwritten");

		int nominationsBefore = count("nomination");
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> submitted = call("nominee1", HttpMethod.POST, path + "/submit", null,
				Map.of("Idempotency-Key", key));
		assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
		String reference = this.json.readTree(submitted.getBody()).path("reference").asText();
		assertThat(reference).matches("ACH-4-G2C-\\d{4}");
		assertThat(submitted.getHeaders().getLocation().toString()).endsWith("/api/v1/nominations/" + reference);
		assertThat(submitted.getHeaders().getFirst("Idempotent-Replayed")).isNull();

		// The retry (a lost response) and a second click both get the same nomination.
		ResponseEntity<String> retried = call("nominee1", HttpMethod.POST, path + "/submit", null,
				Map.of("Idempotency-Key", key));
		assertThat(retried.getStatusCode().value()).isEqualTo(201);
		assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.json.readTree(retried.getBody()).path("reference").asText()).isEqualTo(reference);
		assertThat(this.json.readTree(call("nominee1", HttpMethod.POST, path + "/submit", null, Map.of()).getBody())
			.path("reference")
			.asText()).isEqualTo(reference);
		assertThat(count("nomination")).isEqualTo(nominationsBefore + 1);

		// Submitted: read-only, no longer among the drafts, kept as the record.
		ResponseEntity<String> late = call("nominee1", HttpMethod.PUT, path, complete,
				Map.of(HttpHeaders.IF_MATCH, "*"));
		assertThat(late.getStatusCode().value()).isEqualTo(409);
		assertThat(this.json.readTree(late.getBody()).path("reference").asText()).isEqualTo(reference);
		assertThat(call("nominee1", HttpMethod.GET, "/api/v1/drafts", null, Map.of()).getBody())
			.doesNotContain(draft.path("id").asText());
		JsonNode record = this.json.readTree(call("nominee1", HttpMethod.GET, path, null, Map.of()).getBody());
		assertThat(record.path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(record.path("nominationReference").asText()).isEqualTo(reference);
	}

	@Test
	void aDraftMissingRequiredFieldsNamesThemAllAndStaysADraft() throws Exception {
		String path = location(
				call("nominee1", HttpMethod.POST, "/api/v1/drafts", "{\"title\":\"بلا فرع\"}", Map.of()));
		ResponseEntity<String> refused = call("nominee1", HttpMethod.POST, path + "/submit", null,
				Map.of("Accept-Language", "ar"));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = assertProblem(refused);
		assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("branchCode", "entityName",
				"entityType");
		assertThat(problem.path("errors").findValuesAsText("message")).containsOnly("مطلوب");
		assertThat(this.json.readTree(call("nominee1", HttpMethod.GET, path, null, Map.of()).getBody())
			.path("status")
			.asText()).isEqualTo("DRAFT");
	}

	@Test
	void aLateSubmissionIsRefusedInTheCallersLanguageAndNothingIsWritten() throws Exception {
		closedEdition(3);
		String path = location(call("nominee1", HttpMethod.POST, "/api/v1/drafts", """
				{"editionNumber":3,"branchCode":"G2B","entityName":"هيئة الزكاة","entityType":"GOVERNMENT",
				 "title":"Late · متأخر"}""", Map.of()));
		int nominationsBefore = count("nomination");
		int keysBefore = count("submission_key");

		ResponseEntity<String> arabic = call("nominee1", HttpMethod.POST, path + "/submit", null,
				Map.of("Idempotency-Key", "late-1"));
		assertThat(arabic.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = assertProblem(arabic);
		assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("editionNumber");
		assertThat(problem.path("errors").findValuesAsText("message").get(0)).contains("باب الترشيح للدورة 3")
			.contains("هـ");
		ResponseEntity<String> english = call("nominee1", HttpMethod.POST, path + "/submit", null,
				Map.of("Idempotency-Key", "late-1", "Accept-Language", "en-GB,en;q=0.9"));
		assertThat(this.json.readTree(english.getBody()).path("errors").findValuesAsText("message").get(0))
			.contains("nomination window of edition 3 is not open")
			.contains("AH");
		// The failed submission left neither a nomination nor a claimed key behind.
		assertThat(count("nomination")).isEqualTo(nominationsBefore);
		assertThat(count("submission_key")).isEqualTo(keysBefore);
		assertThat(this.json.readTree(call("nominee1", HttpMethod.GET, path, null, Map.of()).getBody())
			.path("status")
			.asText()).isEqualTo("DRAFT");
	}

	@Test
	void anUnknownBranchOrEditionIsRefusedWhenSaved() throws Exception {
		ResponseEntity<String> branch = call("nominee1", HttpMethod.POST, "/api/v1/drafts", "{\"branchCode\":\"NOPE\"}",
				Map.of("Accept-Language", "en"));
		assertThat(branch.getStatusCode().value()).isEqualTo(400);
		assertThat(assertProblem(branch).path("errors").findValuesAsText("message"))
			.containsExactly("is not a branch of programme ACH");
		ResponseEntity<String> edition = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"editionNumber\":99,\"branchCode\":\"G2C\"}", Map.of());
		assertThat(assertProblem(edition).path("errors").findValuesAsText("field")).containsExactly("editionNumber");
	}

	@Test
	void badBodiesGetFieldMessagesInArabicOrEnglishNeverAStackTrace() throws Exception {
		ResponseEntity<String> malformed = call("nominee1", HttpMethod.POST, "/api/v1/drafts", "{\"title\": ",
				Map.of());
		assertThat(malformed.getStatusCode().value()).isEqualTo(400);
		assertThat(assertProblem(malformed).path("title").asText()).isEqualTo("جسم الطلب غير سليم");

		ResponseEntity<String> wrongType = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"entityType\":\"PIRATE\"}", Map.of("Accept-Language", "en"));
		assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
		JsonNode typeProblem = assertProblem(wrongType);
		assertThat(typeProblem.path("errors").findValuesAsText("field")).containsExactly("entityType");
		assertThat(typeProblem.path("errors").findValuesAsText("message")).containsExactly("has an invalid value");

		String longArabic = "ا".repeat(4001);
		ResponseEntity<String> arabic = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"summary\":\"" + longArabic + "\",\"serviceUrl\":\"javascript:alert(1)\"}", Map.of());
		assertThat(arabic.getStatusCode().value()).isEqualTo(400);
		JsonNode arabicProblem = assertProblem(arabic);
		assertThat(arabicProblem.path("title").asText()).isEqualTo("طلب غير صالح");
		assertThat(messageOf(arabicProblem, "summary")).isEqualTo("يجب أن يكون طوله بين 0 و4000");
		assertThat(messageOf(arabicProblem, "serviceUrl")).isEqualTo("يجب أن يكون عنوانًا يبدأ بـ http أو https");
		ResponseEntity<String> english = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"summary\":\"" + longArabic + "\"}", Map.of("Accept-Language", "en"));
		assertThat(messageOf(assertProblem(english), "summary")).isEqualTo("size must be between 0 and 4000");

		// 4,000 Arabic letters are within the limit and come back intact.
		ResponseEntity<String> fits = call("nominee1", HttpMethod.POST, "/api/v1/drafts",
				"{\"summary\":\"" + longArabic.substring(1) + "\"}", Map.of());
		assertThat(fits.getStatusCode().value()).isEqualTo(201);
		assertThat(this.json.readTree(fits.getBody()).path("summary").asText()).isEqualTo(longArabic.substring(1));
	}

	@Test
	void aRetriedOneStepSubmitNeverMakesASecondNomination() throws Exception {
		String body = """
				{"branchCode":"MOBILE","entityName":"وزارة الداخلية","entityType":"GOVERNMENT",
				 "title":"أبشر · Absher","serviceUrl":"https://example.gov.sa/idempotent-probe"}""";
		int before = count("nomination");
		ResponseEntity<String> first = call("nominee1", HttpMethod.POST, "/api/v1/nominations", body,
				Map.of("Idempotency-Key", "absher-1"));
		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
		ResponseEntity<String> again = call("nominee1", HttpMethod.POST, "/api/v1/nominations", body,
				Map.of("Idempotency-Key", "absher-1"));
		assertThat(again.getStatusCode().value()).isEqualTo(201);
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.json.readTree(again.getBody()).path("reference").asText())
			.isEqualTo(this.json.readTree(first.getBody()).path("reference").asText());
		assertThat(count("nomination")).isEqualTo(before + 1);

		// The same key with another request is a client error, not a silent replay.
		ResponseEntity<String> reused = call("nominee1", HttpMethod.POST, "/api/v1/nominations",
				body.replace("idempotent-probe", "other-probe"), Map.of("Idempotency-Key", "absher-1"));
		assertThat(reused.getStatusCode().value()).isEqualTo(422);
		assertProblem(reused);
		// Keys are per caller: another nominee's same key is their own.
		assertThat(call("nominee2", HttpMethod.POST, "/api/v1/nominations",
				body.replace("idempotent-probe", "nominee2-probe"), Map.of("Idempotency-Key", "absher-1"))
			.getStatusCode()
			.value()).isEqualTo(201);
		ResponseEntity<String> badKey = call("nominee1", HttpMethod.POST, "/api/v1/nominations", body,
				Map.of("Idempotency-Key", "has spaces in it"));
		assertThat(badKey.getStatusCode().value()).isEqualTo(400);
		assertThat(assertProblem(badKey).path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
		assertThat(count("nomination")).isEqualTo(before + 2);
	}

	@Test
	void concurrentRetriesWithTheSameKeyMakeOneNomination() throws Exception {
		String body = """
				{"branchCode":"EPART","entityName":"وزارة الموارد البشرية","entityType":"GOVERNMENT",
				 "title":"Concurrent · متزامن","serviceUrl":"https://example.gov.sa/concurrent-probe"}""";
		int before = count("nomination");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				calls.add(() -> call("nominee2", HttpMethod.POST, "/api/v1/nominations", body,
						Map.of("Idempotency-Key", "concurrent-1")));
			}
			List<String> references = new ArrayList<>();
			for (Future<ResponseEntity<String>> result : pool.invokeAll(calls)) {
				ResponseEntity<String> response = result.get();
				// A caller that overlaps the first may be asked to retry (409), never
				// given a
				// second nomination.
				assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(201, 409);
				if (response.getStatusCode().value() == 201) {
					references.add(this.json.readTree(response.getBody()).path("reference").asText());
				}
			}
			assertThat(references).isNotEmpty();
			assertThat(references.stream().distinct()).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("nomination")).isEqualTo(before + 1);
	}

	@Test
	void aNominationReadsWithItsTimelineNomineesWithoutStaffDetail() throws Exception {
		String body = """
				{"branchCode":"G2B","entityName":"وزارة التجارة","entityType":"GOVERNMENT",
				 "title":"Timeline · الخط الزمني","serviceUrl":"https://example.gov.sa/timeline-probe"}""";
		String reference = this.json
			.readTree(call("nominee1", HttpMethod.POST, "/api/v1/nominations", body, Map.of()).getBody())
			.path("reference")
			.asText();
		JsonNode mine = this.json
			.readTree(call("nominee1", HttpMethod.GET, "/api/v1/nominations/" + reference, null, Map.of()).getBody());
		assertThat(mine.path("reference").asText()).isEqualTo(reference);
		JsonNode timeline = mine.path("timeline");
		assertThat(timeline.findValuesAsText("kind")).startsWith("SUBMITTED")
			.contains("NOMINATION_SUBMITTED", "ELIGIBILITY_CHECKED", "AWAITING_REVIEW");
		assertThat(timeline.findValuesAsText("labelAr")).contains("تم تقديم الترشيح");
		assertThat(timeline.findValuesAsText("labelEn")).contains("Nomination submitted");
		for (JsonNode entry : timeline) {
			assertThat(entry.path("detail").isNull()).isTrue();
			assertThat(entry.path("actor").isNull() || entry.path("actor").asText().equals("nominee1")).isTrue();
		}
		JsonNode staff = this.json.readTree(
				call("coordinator", HttpMethod.GET, "/api/v1/nominations/" + reference, null, Map.of()).getBody());
		assertThat(staff.path("timeline").findValuesAsText("detail")).contains("via the API");
	}

	@Test
	void securityRefusalsSpeakTheCallersLanguageToo() throws Exception {
		ResponseEntity<String> arabic = this.rest.getForEntity("/api/v1/drafts", String.class);
		assertThat(arabic.getStatusCode().value()).isEqualTo(401);
		assertThat(assertProblem(arabic).path("detail").asText()).isEqualTo("سجّل الدخول برمز أو بيانات اعتماد صالحة.");
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		ResponseEntity<String> forbidden = this.rest.withBasicAuth("reviewer1", "demo")
			.exchange("/api/v1/drafts", HttpMethod.GET, new HttpEntity<>(english), String.class);
		assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
		assertThat(assertProblem(forbidden).path("detail").asText())
			.isEqualTo("Your role does not allow this request.");
	}

	/** An edition of the Achievement Award whose window closed a hundred days ago. */
	private void closedEdition(int number) {
		if (this.editions.findByProgrammeCodeAndNumber("ACH", number).isEmpty()) {
			Instant now = Instant.now();
			this.editions.save(new Edition(this.programmes.findByCode("ACH").orElseThrow(), number,
					now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(50)),
					now.minus(Duration.ofDays(10))));
		}
	}

	private JsonNode assertProblem(ResponseEntity<String> response) throws Exception {
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).doesNotContain("Exception", "at org.");
		JsonNode problem = this.json.readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(response.getStatusCode().value());
		assertThat(problem.path("title").asText()).isNotBlank();
		return problem;
	}

	private static String messageOf(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (error.path("field").asText().equals(field)) {
				return error.path("message").asText();
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem);
	}

	private String location(ResponseEntity<String> created) {
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private ResponseEntity<String> call(String user, HttpMethod method, String path, String body,
			Map<String, String> extraHeaders) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		extraHeaders.forEach(headers::set);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, method, new HttpEntity<>(body, headers), String.class, Map.of());
	}

}
