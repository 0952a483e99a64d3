package org.injaz.committee;

import java.math.BigDecimal;

/**
 * A reviewed, eligible nomination the committee decides on, as the committee sees it.
 */
public record Candidate(String reference, String title, String entity, BigDecimal score) {

}
