package org.injaz.edition.web;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.Editions;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.NominationSubmission;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editions and branches as a nominee reads them before nominating, and the public results
 * per edition and branch (the same embedded context as the nominations API tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class EditionApiTest {

	private static final int ANNOUNCED_EDITION = 8;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Editions editions;

	@Autowired
	AwardProgrammes programmes;

	@Autowired
	NominationService nominations;

	@Autowired
	EditionAnnouncements announcements;

	@Autowired
	TransactionTemplate transactions;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anEditionShowsItsWindowInBothCalendarsItsBranchesWhoMayApplyAndWeightedCriteria() throws Exception {
		ResponseEntity<String> response = this.rest.withBasicAuth("nominee1", "demo")
			.getForEntity("/api/v1/editions/ach/4", String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode edition = this.json.readTree(response.getBody());
		assertThat(edition.path("open").asBoolean()).isTrue();
		JsonNode closes = edition.path("nominationCloses");
		assertThat(closes.path("gregorian").asText()).matches("20\\d\\d-\\d\\d-\\d\\d");
		assertThat(closes.path("hijri").asText()).matches("14\\d\\d-\\d\\d-\\d\\d");
		assertThat(closes.path("ar").asText()).contains("هـ", "م");
		assertThat(closes.path("en").asText()).contains("AH");
		JsonNode branches = edition.path("branches");
		java.util.List<String> codes = new java.util.ArrayList<>();
		branches.forEach((branch) -> codes.add(branch.path("code").asText()));
		assertThat(codes).containsExactlyInAnyOrder("G2C", "G2B", "G2G", "EPART", "MOBILE", "INDIV", "LEAD");
		for (JsonNode branch : branches) {
			int total = 0;
			for (JsonNode criterion : branch.path("criteria")) {
				total += criterion.path("weight").asInt();
			}
			assertThat(total).as(branch.path("code").asText()).isEqualTo(100);
			assertThat(branch.path("whoMayNominate").asText())
				.isEqualTo(branch.path("code").asText().equals("INDIV") ? "INDIVIDUAL" : "ENTITY");
		}
		assertThat(this.rest.withBasicAuth("nominee1", "demo").getForEntity("/api/v1/editions", String.class).getBody())
			.contains("\"programmeCode\":\"ACH\"", "\"programmeCode\":\"SHIELD\"");
	}

	@Test
	void anUnknownEditionIsAProblemInTheCallersLanguage() throws Exception {
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		ResponseEntity<String> response = this.rest.withBasicAuth("nominee1", "demo")
			.exchange("/api/v1/editions/ACH/99", HttpMethod.GET, new HttpEntity<>(english), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(this.json.readTree(response.getBody()).path("detail").asText())
			.isEqualTo("There is no edition 99 of programme ACH");
		ResponseEntity<String> arabic = this.rest.withBasicAuth("nominee1", "demo")
			.getForEntity("/api/v1/editions/ACH/99", String.class);
		assertThat(this.json.readTree(arabic.getBody()).path("detail").asText())
			.isEqualTo("لا توجد الدورة 99 في البرنامج ACH");
	}

	@Test
	void publicResultsListOnlyAnnouncedOutcomesPerEditionAndBranchWithoutSignIn() throws Exception {
		String winner = announceAnEditionWithAWinnerInMobile();
		// A nomination still in review never appears.
		String pending = this.nominations
			.register(new NominationSubmission("ACH", 4, "MOBILE", "nominee2", "Ministry of Interior",
					EntityType.GOVERNMENT, "Pending · قيد التقييم", "", "https://example.gov.sa/pending-results"))
			.getReference();

		JsonNode all = this.json.readTree(this.rest.getForEntity("/api/v1/public/results", String.class).getBody());
		assertThat(all.findValuesAsText("reference")).contains(winner).doesNotContain(pending);
		JsonNode mobile = this.json.readTree(this.rest.getForEntity(
				"/api/v1/public/results?programme=ACH&edition=" + ANNOUNCED_EDITION + "&branch=mobile", String.class)
			.getBody());
		assertThat(mobile.findValuesAsText("reference")).containsExactly(winner);
		assertThat(mobile.get(0).path("outcome").asText()).isEqualTo("WINNER");
		assertThat(mobile.get(0).has("score")).isFalse();
		JsonNode otherBranch = this.json.readTree(
				this.rest
					.getForEntity("/api/v1/public/results?programme=ACH&edition=" + ANNOUNCED_EDITION + "&branch=G2B",
							String.class)
					.getBody());
		assertThat(otherBranch).isEmpty();
		ResponseEntity<String> badEdition = this.rest.getForEntity("/api/v1/public/results?edition=seven",
				String.class);
		assertThat(badEdition.getStatusCode().value()).isEqualTo(400);
		assertThat(badEdition.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	private String announceAnEditionWithAWinnerInMobile() {
		Instant now = Instant.now();
		if (this.editions.findByProgrammeCodeAndNumber("ACH", ANNOUNCED_EDITION).isEmpty()) {
			this.transactions.executeWithoutResult(
					(status) -> this.editions.save(new Edition(this.programmes.findByCode("ACH").orElseThrow(),
							ANNOUNCED_EDITION, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(300)),
							now.minus(Duration.ofDays(250)), now.minus(Duration.ofDays(200)))));
		}
		String reference = this.nominations
			.register(new NominationSubmission("ACH", ANNOUNCED_EDITION, "MOBILE", "nominee1", "Ministry of Health",
					EntityType.GOVERNMENT, "Sehhaty · صحتي", "",
					"https://example.gov.sa/results/" + now.toEpochMilli()))
			.getReference();
		this.nominations.moveTo(reference, NominationStatus.IN_REVIEW);
		this.nominations.decide(reference, NominationOutcome.WINNER);
		this.nominations.moveTo(reference, NominationStatus.ANNOUNCED);
		this.announcements.announce("ACH", ANNOUNCED_EDITION);
		return reference;
	}

}
