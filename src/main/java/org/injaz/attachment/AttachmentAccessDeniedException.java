package org.injaz.attachment;

/**
 * The caller is signed in but may not read this nomination's files (HTTP 403).
 */
public class AttachmentAccessDeniedException extends RuntimeException {

	public AttachmentAccessDeniedException(String reference) {
		super("No access to the files of " + reference);
	}

}
