package org.injaz.attachment;

/**
 * The owner takes no files now, e.g. a nomination without an open clarification question
 * (HTTP 409). The message is a key of the attachments message bundle.
 */
public class ClosedForAttachmentsException extends RuntimeException {

	public static final String CLARIFICATION_CLOSED = "attachment.closed.clarification";

	public ClosedForAttachmentsException(String messageKey) {
		super(messageKey);
	}

}
