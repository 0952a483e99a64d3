package org.injaz.review;

import java.math.BigDecimal;

/**
 * The submitted reviews of a nomination in figures: mean (the nomination's score),
 * median, spread (highest minus lowest) and how many reviews count.
 */
public record ScoreSummary(BigDecimal mean, BigDecimal median, BigDecimal spread, int reviews) {
}
