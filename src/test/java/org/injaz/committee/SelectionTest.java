package org.injaz.committee;

import java.util.List;
import java.util.Map;

import org.injaz.nomination.NominationOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SelectionTest {

	private static final List<String> CANDIDATES = List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002", "ACH-4-G2C-0003",
			"ACH-4-G2C-0004");

	@Test
	void everyCandidateGetsAnOutcomeInRankingOrder() {
		Map<String, NominationOutcome> outcomes = Selection.of(List.of("ACH-4-G2C-0002"), List.of("ACH-4-G2C-0001"))
			.outcomes(CANDIDATES, 1, 3);

		assertThat(outcomes).containsExactly(entry("ACH-4-G2C-0001", NominationOutcome.FINALIST),
				entry("ACH-4-G2C-0002", NominationOutcome.WINNER),
				entry("ACH-4-G2C-0003", NominationOutcome.NOT_AWARDED),
				entry("ACH-4-G2C-0004", NominationOutcome.NOT_AWARDED));
	}

	@Test
	void namingNobodyAwardsNobody() {
		assertThat(Selection.of(null, null).outcomes(CANDIDATES, 1, 3)).hasSize(4)
			.allSatisfy((reference, outcome) -> assertThat(outcome).isEqualTo(NominationOutcome.NOT_AWARDED));
	}

	@Test
	void refusesMoreWinnersThanTheBranchAllows() {
		assertThatThrownBy(
				() -> Selection.of(List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002"), List.of()).outcomes(CANDIDATES, 1, 3))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessage("The branch allows at most 1 winner(s), got 2");
	}

	@Test
	void allowsAsManyWinnersAsTheBranchAllows() {
		assertThat(Selection.of(List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002", "ACH-4-G2C-0003"), List.of())
			.outcomes(CANDIDATES, 3, 3)).containsEntry("ACH-4-G2C-0003", NominationOutcome.WINNER);
	}

	@Test
	void refusesMoreFinalistsThanTheBranchAllows() {
		assertThatThrownBy(
				() -> Selection.of(List.of(), List.of("ACH-4-G2C-0001", "ACH-4-G2C-0002")).outcomes(CANDIDATES, 1, 1))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessage("The branch allows at most 1 finalist(s), got 2");
	}

	@Test
	void refusesANominationThatIsBothWinnerAndFinalist() {
		assertThatThrownBy(
				() -> Selection.of(List.of("ACH-4-G2C-0001"), List.of("ACH-4-G2C-0001")).outcomes(CANDIDATES, 1, 3))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("both winner and finalist");
	}

	@Test
	void refusesANominationThatIsNotACandidate() {
		assertThatThrownBy(() -> Selection.of(List.of("ACH-4-G2B-0001"), List.of()).outcomes(CANDIDATES, 1, 3))
			.isInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("not a candidate");
	}

}
