package org.injaz.nomination;

/**
 * Where a nomination stands; shown to nominees and coordinators.
 */
public enum NominationStatus {

	SUBMITTED, SCREENING, CLARIFICATION_REQUESTED, INELIGIBLE, WITHDRAWN, AWAITING_REVIEW, IN_REVIEW,
	AWAITING_COMMITTEE, DECIDED, ANNOUNCED;

	public boolean isFinal() {
		return this == INELIGIBLE || this == WITHDRAWN || this == ANNOUNCED;
	}

	/** A nominee may withdraw before the committee decides, never after. */
	public boolean isWithdrawable() {
		return !isFinal() && this != DECIDED;
	}

}
