package org.injaz.nomination;

import java.util.UUID;

/** No such draft, or not the caller's: the two look the same, so ids cannot be probed. */
public class UnknownDraftException extends RuntimeException {

	public UnknownDraftException(UUID id) {
		super("No draft " + id);
	}

}
