package org.injaz.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReviewScoringTest {

	/** The G2C criteria of the demo: 30, 25, 20, 15, 10. */
	private static final Map<String, Integer> WEIGHTS = weights();

	private static Map<String, Integer> weights() {
		Map<String, Integer> weights = new LinkedHashMap<>();
		weights.put("BENEFICIARY_IMPACT", 30);
		weights.put("EASE_OF_USE", 25);
		weights.put("SERVICE_TIME", 20);
		weights.put("ONCE_ONLY", 15);
		weights.put("INNOVATION", 10);
		return weights;
	}

	private static Map<String, Integer> scores(int impact, int ease, int time, int onceOnly, int innovation) {
		return Map.of("BENEFICIARY_IMPACT", impact, "EASE_OF_USE", ease, "SERVICE_TIME", time, "ONCE_ONLY", onceOnly,
				"INNOVATION", innovation);
	}

	@Test
	void weightedScoreIsTheWeightedMeanOfTheCriteriaOutOfHundred() {
		// (30*9 + 25*8 + 20*7 + 15*6 + 10*5) / 10 = 75
		assertThat(ReviewScoring.weightedScore(WEIGHTS, scores(9, 8, 7, 6, 5))).isEqualByComparingTo("75");
		assertThat(ReviewScoring.weightedScore(WEIGHTS, scores(10, 10, 10, 10, 10))).isEqualByComparingTo("100");
		assertThat(ReviewScoring.weightedScore(WEIGHTS, scores(0, 0, 0, 0, 0))).isEqualByComparingTo("0");
		// (30*7 + 25*7 + 20*7 + 15*7 + 10*3) / 10 = 66
		assertThat(ReviewScoring.weightedScore(WEIGHTS, scores(7, 7, 7, 7, 3))).isEqualByComparingTo("66");
	}

	@Test
	void weightedScoreKeepsTwoDecimals() {
		Map<String, Integer> thirds = Map.of("A", 33, "B", 33, "C", 34);
		// (33*7 + 33*8 + 34*9) / 10 = 80.1
		assertThat(ReviewScoring.weightedScore(thirds, Map.of("A", 7, "B", 8, "C", 9))).isEqualByComparingTo("80.1")
			.hasScaleOf(2);
	}

	@Test
	void everyCriterionIsScoredZeroToTen() {
		Map<String, Integer> missing = new LinkedHashMap<>(scores(9, 8, 7, 6, 5));
		missing.remove("INNOVATION");
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewScoring.weightedScore(WEIGHTS, missing))
			.withMessageContaining("INNOVATION");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewScoring.weightedScore(WEIGHTS, scores(11, 8, 7, 6, 5)))
			.withMessageContaining("0 to 10");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewScoring.weightedScore(WEIGHTS, scores(-1, 8, 7, 6, 5)));
		Map<String, Integer> unknown = new LinkedHashMap<>(scores(9, 8, 7, 6, 5));
		unknown.put("BEAUTY", 10);
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewScoring.weightedScore(WEIGHTS, unknown))
			.withMessageContaining("BEAUTY");
	}

	@Test
	void weightsMustAddUpToHundred() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewScoring.weightedScore(Map.of("A", 50, "B", 40), Map.of("A", 5, "B", 5)))
			.withMessageContaining("90");
	}

	@Test
	void meanMedianAndSpreadOfAnOddNumberOfReviews() {
		List<BigDecimal> scores = List.of(new BigDecimal("75"), new BigDecimal("90"), new BigDecimal("60"));

		ScoreSummary summary = ReviewScoring.summarise(scores);

		assertThat(summary.mean()).isEqualByComparingTo("75");
		assertThat(summary.median()).isEqualByComparingTo("75");
		assertThat(summary.spread()).isEqualByComparingTo("30");
		assertThat(summary.reviews()).isEqualTo(3);
	}

	@Test
	void medianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
		List<BigDecimal> scores = List.of(new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("70.5"),
				new BigDecimal("100"));

		assertThat(ReviewScoring.median(scores)).isEqualByComparingTo("75.25");
		assertThat(ReviewScoring.mean(scores)).isEqualByComparingTo("77.63");
		assertThat(ReviewScoring.spread(scores)).isEqualByComparingTo("40");
	}

	@Test
	void aSingleReviewHasNoSpread() {
		ScoreSummary summary = ReviewScoring.summarise(List.of(new BigDecimal("66.6")));

		assertThat(summary.mean()).isEqualByComparingTo("66.6");
		assertThat(summary.median()).isEqualByComparingTo("66.6");
		assertThat(summary.spread()).isEqualByComparingTo("0");
	}

	@Test
	void noReviewsNoScore() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewScoring.summarise(List.of()));
	}

}
