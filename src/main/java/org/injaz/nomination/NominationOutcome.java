package org.injaz.nomination;

/**
 * The committee's decision on a nomination.
 */
public enum NominationOutcome {

	WINNER, FINALIST, NOT_AWARDED

}
