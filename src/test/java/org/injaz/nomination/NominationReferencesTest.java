package org.injaz.nomination;

import java.time.Duration;
import java.time.Instant;

import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.process.EditionLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition's branches are numbered from the edition's start, so that its first
 * nominations wait for no lock of the edition's; an edition without counters gets them
 * all with its first nomination. References start at 0001 per branch. Rolled back after
 * each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
@Transactional
class NominationReferencesTest {

	private static final int EDITION = 90;

	@Autowired
	NominationService nominations;

	@Autowired
	AwardProgrammes programmes;

	@Autowired
	Editions editions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EditionLifecycle lifecycle;

	@Test
	void startingAnEditionCreatesTheCountersOfEveryBranch() {
		Edition edition = this.editions.saveAndFlush(newEdition());

		assertThat(this.lifecycle.startFor(edition)).isTrue();

		assertThat(counters(edition)).isEqualTo(edition.getProgramme().getBranches().size()).isGreaterThan(1);
		assertThat(register("G2C", "https://example.gov.sa/first")).isEqualTo("ACH-90-G2C-0001");
		assertThat(register("G2C", "https://example.gov.sa/second")).isEqualTo("ACH-90-G2C-0002");
		assertThat(counters(edition)).isEqualTo(edition.getProgramme().getBranches().size());
	}

	@Test
	void theFirstNominationOfAnEditionWithoutCountersCreatesThemForEveryBranch() {
		Edition edition = this.editions.saveAndFlush(newEdition());

		String first = register("G2C", "https://example.gov.sa/first");

		assertThat(first).isEqualTo("ACH-90-G2C-0001");
		assertThat(counters(edition)).isEqualTo(edition.getProgramme().getBranches().size()).isGreaterThan(1);
		assertThat(register("G2B", "https://example.gov.sa/second")).isEqualTo("ACH-90-G2B-0001");
		assertThat(register("G2C", "https://example.gov.sa/third")).isEqualTo("ACH-90-G2C-0002");
	}

	private Edition newEdition() {
		Instant now = Instant.now();
		return new Edition(this.programmes.findByCode("ACH").orElseThrow(), EDITION, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(90)));
	}

	private int counters(Edition edition) {
		return this.jdbc.queryForObject("select count(*) from nomination_counter where edition_id = ?", Integer.class,
				edition.getId());
	}

	private String register(String branch, String serviceUrl) {
		return this.nominations
			.register(new NominationSubmission("ACH", EDITION, branch, "nominee1", "Ministry of Hajj",
					EntityType.GOVERNMENT, "Service " + serviceUrl, "Summary", serviceUrl))
			.getReference();
	}

}
