package org.injaz.edition;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EditionTest {

	private static final Instant OPENS = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant REVIEW_DEADLINE = Instant.parse("2026-04-01T00:00:00Z");

	private static final Instant CEREMONY = Instant.parse("2026-05-01T00:00:00Z");

	private final AwardProgramme award = new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award");

	private final Edition edition = new Edition(this.award, 4, OPENS, CLOSES, REVIEW_DEADLINE, CEREMONY);

	@Test
	void acceptsNominationsFromTheMomentTheWindowOpens() {
		assertThat(this.edition.acceptsNominationsAt(OPENS)).isTrue();
		assertThat(this.edition.acceptsNominationsAt(OPENS.plus(Duration.ofDays(30)))).isTrue();
		assertThat(this.edition.acceptsNominationsAt(CLOSES.minusMillis(1))).isTrue();
	}

	@Test
	void refusesNominationsAtTheClosingInstant() {
		assertThat(this.edition.acceptsNominationsAt(CLOSES)).isFalse();
	}

	@Test
	void refusesNominationsBeforeAndAfterTheWindow() {
		assertThat(this.edition.acceptsNominationsAt(OPENS.minusMillis(1))).isFalse();
		assertThat(this.edition.acceptsNominationsAt(CLOSES.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void keepsItsProgrammeNumberAndDates() {
		assertThat(this.edition.getProgramme()).isSameAs(this.award);
		assertThat(this.edition.getNumber()).isEqualTo(4);
		assertThat(this.edition.getNominationOpensAt()).isEqualTo(OPENS);
		assertThat(this.edition.getNominationClosesAt()).isEqualTo(CLOSES);
		assertThat(this.edition.getReviewDeadline()).isEqualTo(REVIEW_DEADLINE);
		assertThat(this.edition.getCeremonyAt()).isEqualTo(CEREMONY);
	}

	@Test
	void rejectsAWindowThatClosesBeforeItOpens() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Edition(this.award, 4, CLOSES, OPENS, REVIEW_DEADLINE, CEREMONY))
			.withMessageContaining("open before it closes");
	}

	@Test
	void rejectsAnEmptyWindow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Edition(this.award, 4, OPENS, OPENS, REVIEW_DEADLINE, CEREMONY));
	}

	@Test
	void rejectsAReviewDeadlineBeforeTheWindowCloses() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Edition(this.award, 4, OPENS, CLOSES, CLOSES.minus(Duration.ofDays(1)), CEREMONY));
	}

	@Test
	void rejectsACeremonyBeforeTheReviewDeadline() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Edition(this.award, 4, OPENS, CLOSES, REVIEW_DEADLINE,
					REVIEW_DEADLINE.minus(Duration.ofDays(1))))
			.withMessageContaining("ceremony");
	}

	@Test
	void branchesAreNumberedInTheOrderTheyAreAdded() {
		Branch g2c = this.award.addBranch("G2C", "حكومة - أفراد", "Government to individuals", NominatorKind.ENTITY);
		Branch indiv = this.award.addBranch("INDIV", "الأفراد", "Individuals", NominatorKind.INDIVIDUAL);

		assertThat(this.award.getBranches()).containsExactly(g2c, indiv);
		assertThat(indiv.getProgramme()).isSameAs(this.award);
		assertThat(indiv.getNominatorKind()).isEqualTo(NominatorKind.INDIVIDUAL);
	}

}
