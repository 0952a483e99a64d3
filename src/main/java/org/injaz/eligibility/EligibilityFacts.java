package org.injaz.eligibility;

/**
 * What the eligibility decision needs to know beyond branch and entity type.
 *
 * @param leadMeasurement the entity's latest Excellence &amp; Improvement against the
 * threshold
 * @param partnerCount partner entities of the nomination (G2G)
 * @param entityNominationCount which nomination of the entity in this branch and edition
 * this is (1 for the first)
 * @param wonBranchRecently the same service won this branch in one of the two previous
 * editions
 */
public record EligibilityFacts(LeadMeasurement leadMeasurement, int partnerCount, int entityNominationCount,
		boolean wonBranchRecently) {
}
