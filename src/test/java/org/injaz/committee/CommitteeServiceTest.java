package org.injaz.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.injaz.edition.AwardProgramme;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Branch;
import org.injaz.edition.CriterionSpec;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.Editions;
import org.injaz.edition.NominatorKind;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationOutcome;
import org.injaz.review.Affiliations;
import org.injaz.review.ConflictOfInterest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The committee's records on the schema Flyway builds (Hibernate validates the mappings):
 * ranked candidates, votes, the final decision within the branch's limits, and the
 * edition's announcement.
 */
@DataJpaTest
@Import({ CommitteeService.class, AwaitingCommitteeNominations.class, EditionAnnouncements.class,
		ConflictOfInterest.class, CommitteeServiceTest.FixedClock.class })
class CommitteeServiceTest {

	private static final Instant NOW = Instant.parse("2026-04-10T09:00:00Z");

	private static final BranchKey G2C = new BranchKey("ACH", 4, "G2C");

	@Autowired
	private CommitteeService committee;

	@Autowired
	private EditionAnnouncements announcements;

	@Autowired
	private AwardProgrammes programmes;

	@Autowired
	private Editions editions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void anEditionWithNominationsAtTheCommittee() {
		AwardProgramme award = new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award");
		Branch g2c = award.addBranch("G2C", "حكومة - أفراد", "Government to individuals", NominatorKind.ENTITY);
		g2c.defineCriteria(List.of(new CriterionSpec("IMPACT", "الأثر", "Impact", 100)));
		g2c.configureJudging(3, 1, 2);
		Branch g2b = award.addBranch("G2B", "حكومة - أعمال", "Government to business", NominatorKind.ENTITY);
		g2b.defineCriteria(List.of(new CriterionSpec("IMPACT", "الأثر", "Impact", 100)));
		this.programmes.saveAndFlush(award);
		Edition edition = this.editions.saveAndFlush(
				new Edition(award, 4, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"),
						Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")));
		nomination(edition, g2c, "ACH-4-G2C-0001", "AWAITING_COMMITTEE", "84.00");
		nomination(edition, g2c, "ACH-4-G2C-0002", "AWAITING_COMMITTEE", "91.50");
		nomination(edition, g2c, "ACH-4-G2C-0003", "AWAITING_COMMITTEE", "70.00");
		nomination(edition, g2c, "ACH-4-G2C-0004", "WITHDRAWN", "95.00");
		nomination(edition, g2c, "ACH-4-G2C-0005", "IN_REVIEW", null);
	}

	@Test
	void candidatesAreTheNominationsAwaitingTheCommitteeBestScoreFirst() {
		assertThat(this.committee.ranked(G2C)).extracting(Candidate::reference, Candidate::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0002", new BigDecimal("91.50")),
					org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0001", new BigDecimal("84.00")),
					org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0003", new BigDecimal("70.00")));
		assertThat(this.committee.limits(G2C)).isEqualTo(new BranchLimits(1, 2));
	}

	@Test
	void aBranchIsReadyForItsCommitteeOnceNoNominationIsBeforeIt() {
		assertThat(this.committee.reviewsComplete(G2C)).isFalse();
		assertThat(this.committee.reviewsComplete(new BranchKey("ACH", 4, "G2B"))).isTrue();

		this.jdbc.update("update nomination set status = 'INELIGIBLE' where reference = 'ACH-4-G2C-0005'");

		assertThat(this.committee.reviewsComplete(G2C)).isTrue();
	}

	@Test
	void votesAreTalliedPerCandidateAndASecondVoteReplacesTheFirst() {
		this.committee.recordVote(G2C, "committee1", List.of("ACH-4-G2C-0001"), List.of());
		this.committee.recordVote(G2C, "committee1", List.of("ACH-4-G2C-0002"), List.of("ACH-4-G2C-0001"));
		this.committee.recordVote(G2C, "committee2", List.of("ACH-4-G2C-0002"), List.of());

		assertThat(this.committee.tally(G2C))
			.extracting((tally) -> tally.candidate().reference(), VoteTally::winner, VoteTally::finalist,
					VoteTally::notAwarded)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0002", 2L, 0L, 0L),
					org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0001", 0L, 1L, 1L),
					org.assertj.core.groups.Tuple.tuple("ACH-4-G2C-0003", 0L, 0L, 2L));
	}

	@Test
	void aMemberFromTheNominatingEntityCannotVoteOnItAndAbstains() {
		assertThatThrownBy(() -> this.committee.recordVote(G2C, "committee3", List.of("ACH-4-G2C-0002"), List.of()))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("separation of duties");
		assertThat(this.jdbc.queryForObject("select count(*) from committee_vote", Integer.class)).isZero();

		// Naming none of them is no vote on them either: the implicit "not awarded" is
		// not recorded.
		this.committee.recordVote(G2C, "committee3", List.of(), List.of());
		assertThat(this.jdbc.queryForObject("select count(*) from committee_vote where member = 'committee3'",
				Integer.class))
			.isZero();
	}

	@Test
	void aMemberFromAPartnerEntityCannotVoteOnTheCooperation() {
		// committee4 works for Saudi Post, a partner of ACH-4-G2C-0002 (not its
		// nominating entity).
		this.jdbc.update("insert into nomination_partner (nomination_id, sort_order, partner_name) "
				+ "select id, 0, 'Saudi Post' from nomination where reference = 'ACH-4-G2C-0002'");
		assertThatThrownBy(() -> this.committee.recordVote(G2C, "committee4", List.of("ACH-4-G2C-0002"), List.of()))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("ACH-4-G2C-0002");
		this.committee.recordVote(G2C, "committee4", List.of("ACH-4-G2C-0001"), List.of());
		assertThat(this.jdbc.queryForList("select nomination_reference from committee_vote where member = 'committee4'",
				String.class))
			.containsExactlyInAnyOrder("ACH-4-G2C-0001", "ACH-4-G2C-0003");
	}

	@Test
	void aChairFromANominatingEntityCannotDecideTheBranch() {
		assertThatThrownBy(() -> this.committee.finalise(G2C, "committee3", List.of(), List.of()))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("another chair must");
		assertThat(this.jdbc.queryForObject("select count(*) from committee_decision", Integer.class)).isZero();
	}

	@Test
	void aVotesConflictCheckReadsThePartnersOfAllCandidatesInOneQuery() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			this.committee.recordVote(G2C, "committee1", List.of("ACH-4-G2C-0002"), List.of());

			assertThat(
					statistics.getCollectionStatistics(Nomination.class.getName() + ".partnerEntities").getFetchCount())
				.isEqualTo(1);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void aVoteForMoreWinnersThanAllowedIsRefused() {
		assertThatThrownBy(() -> this.committee.recordVote(G2C, "committee1",
				List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002"), List.of()))
			.isInstanceOf(DecisionRefusedException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from committee_vote", Integer.class)).isZero();
	}

	@Test
	void theChairsDecisionIsStoredOnceWithAnOutcomePerCandidate() {
		this.committee.finalise(G2C, "committee1", List.of("ACH-4-G2C-0002"), List.of("ACH-4-G2C-0001"));

		assertThat(this.committee.outcomes(G2C)).containsOnly(entry("ACH-4-G2C-0002", NominationOutcome.WINNER),
				entry("ACH-4-G2C-0001", NominationOutcome.FINALIST),
				entry("ACH-4-G2C-0003", NominationOutcome.NOT_AWARDED));
		assertThatThrownBy(() -> this.committee.finalise(G2C, "committee1", List.of(), List.of()))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("already decided");
	}

	@Test
	void aDecisionWithTooManyWinnersIsRefusedAndNothingIsStored() {
		assertThatThrownBy(() -> this.committee.finalise(G2C, "committee1", List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002"),
				List.of()))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessage("The branch allows at most 1 winner(s), got 2");
		assertThat(this.jdbc.queryForObject("select count(*) from committee_decision", Integer.class)).isZero();
	}

	@Test
	void anEditionIsAnnouncedOnceAndRemembersWhen() {
		assertThat(this.announcements.isAnnounced("ACH", 4)).isFalse();

		this.announcements.announce("ACH", 4);

		assertThat(this.announcements.isAnnounced("ACH", 4)).isTrue();
		assertThat(this.editions.findByProgrammeCodeAndNumber("ACH", 4).orElseThrow().getAnnouncedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> this.announcements.announce("ACH", 4)).isInstanceOf(IllegalStateException.class);
	}

	private void nomination(Edition edition, Branch branch, String reference, String status, String score) {
		this.jdbc.update("""
				insert into nomination (reference, edition_id, branch_id, nominee, entity_name, entity_type, title,
				    status, score, submitted_at, updated_at, version)
				values (?, ?, ?, 'nominee1', 'Ministry of Health', 'GOVERNMENT', ?, ?, ?, ?, ?, 0)""", reference,
				edition.getId(), branch.getId(), "Service " + reference, status,
				(score != null) ? new BigDecimal(score) : null, java.sql.Timestamp.from(NOW),
				java.sql.Timestamp.from(NOW));
	}

	@TestConfiguration
	static class FixedClock {

		// The application's clock is the system's; this one stands still.
		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		// committee3 works for the Ministry of Health, the nominating entity of every
		// candidate here.
		@Bean
		Affiliations affiliations() {
			return (username) -> switch (username) {
				case "committee3" -> java.util.Set.of("Ministry of Health");
				case "committee4" -> java.util.Set.of("Saudi Post");
				default -> java.util.Set.of();
			};
		}

	}

}
