package org.injaz.committee;

import org.injaz.problem.RefusedStepException;

/**
 * A vote or decision breaks the branch's rules, e.g. names more winners than the branch
 * allows; nothing is recorded.
 */
public class DecisionRefusedException extends RefusedStepException {

	public DecisionRefusedException(String message) {
		super(message);
	}

}
