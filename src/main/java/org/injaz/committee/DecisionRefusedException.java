package org.injaz.committee;

/**
 * A vote or decision breaks the branch's rules, e.g. names more winners than the branch
 * allows; nothing is recorded.
 */
public class DecisionRefusedException extends RuntimeException {

	public DecisionRefusedException(String message) {
		super(message);
	}

}
