package org.injaz.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arithmetic of review scores. A reviewer scores each criterion 0..10; the weighted
 * score is {@code sum(weight * score) / 10}, 0..100 because the branch's weights add up
 * to 100. A nomination's score is the mean of its weighted scores; the median is kept for
 * the committee, the spread tells whether the reviewers disagree.
 */
public final class ReviewScoring {

	public static final int MAX_CRITERION_SCORE = 10;

	private static final int SCALE = 2;

	private ReviewScoring() {
	}

	/**
	 * @param weights criterion code to weight in percent, adding up to 100
	 * @param scores criterion code to score 0..10; every weighted criterion scored
	 */
	public static BigDecimal weightedScore(Map<String, Integer> weights, Map<String, Integer> scores) {
		int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
		if (totalWeight != 100) {
			throw new IllegalArgumentException("Criteria weights add up to " + totalWeight + ", not 100");
		}
		Set<String> unknown = new TreeSet<>(scores.keySet());
		unknown.removeAll(weights.keySet());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("No such criteria: " + unknown);
		}
		int sum = 0;
		for (Map.Entry<String, Integer> weight : weights.entrySet()) {
			Integer score = scores.get(weight.getKey());
			if (score == null) {
				throw new IllegalArgumentException("Criterion " + weight.getKey() + " has no score");
			}
			if (score < 0 || score > MAX_CRITERION_SCORE) {
				throw new IllegalArgumentException("Criterion " + weight.getKey() + " is scored 0 to 10, got " + score);
			}
			sum += weight.getValue() * score;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.TEN, SCALE, RoundingMode.HALF_UP);
	}

	public static BigDecimal mean(Collection<BigDecimal> scores) {
		requireSome(scores);
		BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(scores.size()), SCALE, RoundingMode.HALF_UP);
	}

	public static BigDecimal median(Collection<BigDecimal> scores) {
		requireSome(scores);
		List<BigDecimal> sorted = scores.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
		return median.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** Highest minus lowest; 0 for a single score. */
	public static BigDecimal spread(Collection<BigDecimal> scores) {
		requireSome(scores);
		BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
		return max.subtract(min).setScale(SCALE, RoundingMode.HALF_UP);
	}

	public static ScoreSummary summarise(Collection<BigDecimal> scores) {
		return new ScoreSummary(mean(scores), median(scores), spread(scores), scores.size());
	}

	private static void requireSome(Collection<BigDecimal> scores) {
		if (scores == null || scores.isEmpty()) {
			throw new IllegalArgumentException("No review scores");
		}
	}

}
