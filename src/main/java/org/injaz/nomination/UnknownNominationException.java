package org.injaz.nomination;

/**
 * No nomination carries the given reference.
 */
public class UnknownNominationException extends RuntimeException {

	public UnknownNominationException(String reference) {
		super("No nomination with reference " + reference);
	}

}
