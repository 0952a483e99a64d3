package org.injaz.attachment;

import java.util.Arrays;

/**
 * A file that is not accepted, with the reason a client can act on and the values its
 * message names (limits in MB, the detected type).
 */
public class RejectedAttachmentException extends RuntimeException {

	public enum Reason {

		TYPE_NOT_ALLOWED, TOO_LARGE, QUOTA_EXCEEDED, EMPTY, NAME_INVALID

	}

	private final Reason reason;

	private final Object[] arguments;

	public RejectedAttachmentException(Reason reason, Object... arguments) {
		super(reason + " " + Arrays.toString(arguments));
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public Reason getReason() {
		return this.reason;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
