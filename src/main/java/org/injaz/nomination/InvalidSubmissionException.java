package org.injaz.nomination;

/**
 * A submission that cannot become a nomination; names the offending field.
 */
public class InvalidSubmissionException extends RuntimeException {

	private final String field;

	public InvalidSubmissionException(String field, String problem) {
		super(field + " " + problem);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
