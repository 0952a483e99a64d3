package org.injaz.attachment;

import java.util.UUID;

/**
 * No attachment with this id belongs to the owner; someone else's file looks the same as
 * a missing one.
 */
public class UnknownAttachmentException extends RuntimeException {

	public UnknownAttachmentException(UUID id) {
		super("No attachment " + id);
	}

}
