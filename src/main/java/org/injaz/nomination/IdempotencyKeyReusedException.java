package org.injaz.nomination;

/** The same Idempotency-Key came back with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException(String key) {
		super("Idempotency-Key " + key + " was already used for a different submission");
	}

}
