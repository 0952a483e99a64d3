package org.injaz.attachment;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose files these are: a nominee's draft (by its id) or a submitted nomination (by its
 * reference). A draft's files move to its nomination on submission, and the quota counts
 * them together.
 */
public record AttachmentOwner(Kind kind, String id) {

	public enum Kind {

		DRAFT, NOMINATION

	}

	public AttachmentOwner {
		Objects.requireNonNull(kind, "kind");
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An attachment owner needs an id");
		}
	}

	public static AttachmentOwner draft(UUID draftId) {
		return new AttachmentOwner(Kind.DRAFT, draftId.toString());
	}

	public static AttachmentOwner nomination(String reference) {
		return new AttachmentOwner(Kind.NOMINATION, reference);
	}

	@Override
	public String toString() {
		return this.kind + ":" + this.id;
	}

}
