package org.injaz.problem;

/**
 * A step of a case that the award's rules or the task's own input do not allow: a judge
 * with a conflict of interest, a vote naming too many winners, a review form without a
 * score. Nothing is recorded and the task stays open; the engine's REST API (Tasklist)
 * answers it as a bad request with this message, not as a server error.
 */
public class RefusedStepException extends RuntimeException {

	public RefusedStepException(String message) {
		super(message);
	}

	public RefusedStepException(String message, Throwable cause) {
		super(message, cause);
	}

}
