package org.injaz.review;

/**
 * Where one reviewer's review of a nomination stands.
 */
public enum ReviewStatus {

	/** Waiting for the reviewer's scores. */
	ASSIGNED,

	/** Scored; counts in the nomination's score. */
	SUBMITTED,

	/** The reviewer declared a conflict of interest and handed it back. */
	CONFLICTED,

	/** Taken from the reviewer (overdue) and given to another. */
	REASSIGNED

}
