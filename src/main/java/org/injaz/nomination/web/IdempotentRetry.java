package org.injaz.nomination.web;

import java.util.function.Supplier;

import org.injaz.problem.ApiRefusal;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * Two requests with the same Idempotency-Key at the same moment: the second waits on the
 * first one's key row and fails when it commits; run once more, it finds the first one's
 * nomination. A second failure means the first is still running: 409, try again.
 */
final class IdempotentRetry {

	private IdempotentRetry() {
	}

	static <T> T once(Supplier<T> submission) {
		try {
			return submission.get();
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException first) {
			try {
				return submission.get();
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException second) {
				throw new ApiRefusal(HttpStatus.CONFLICT, "submissionInProgress");
			}
		}
	}

}
