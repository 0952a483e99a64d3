package org.injaz.nomination;

import java.util.UUID;

/** A change to a draft that has already become a nomination. */
public class DraftSubmittedException extends RuntimeException {

	private final String reference;

	public DraftSubmittedException(UUID draft, String reference) {
		super("Draft " + draft + " was submitted as " + reference + " and can no longer change");
		this.reference = reference;
	}

	public String getReference() {
		return this.reference;
	}

}
