package org.injaz.review;

import org.injaz.problem.RefusedStepException;

/**
 * Someone was to review or vote on a nomination of an entity they work for.
 */
public class ConflictOfInterestException extends RefusedStepException {

	public ConflictOfInterestException(String username, String reference) {
		super(username + " works for the nominating entity of " + reference
				+ " and may not review or vote on it (separation of duties)");
	}

}
