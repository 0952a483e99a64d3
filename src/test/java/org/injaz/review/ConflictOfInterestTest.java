package org.injaz.review;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictOfInterestTest {

	@Test
	void anAffiliationWithTheNominatingEntityIsAConflict() {
		assertThat(ConflictOfInterest.conflicts(Set.of("Ministry of Commerce"), "وزارة التجارة · Ministry of Commerce"))
			.isTrue();
	}

	@Test
	void matchingIgnoresCaseAndSurroundingSpace() {
		assertThat(ConflictOfInterest.conflicts(Set.of("  ministry of health "), "MINISTRY OF HEALTH")).isTrue();
	}

	@Test
	void anotherEntityIsNoConflict() {
		assertThat(ConflictOfInterest.conflicts(Set.of("Ministry of Health"), "Ministry of Commerce")).isFalse();
	}

	@Test
	void noAffiliationOrABlankOneIsNoConflict() {
		assertThat(ConflictOfInterest.conflicts(Set.of(), "Ministry of Commerce")).isFalse();
		assertThat(ConflictOfInterest.conflicts(Set.of(" "), "Ministry of Commerce")).isFalse();
	}

}
