package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * Tells the process whether the window already closed, so that a nomination found
 * eligible late (after screening or a clarification) does not wait for a message that was
 * sent before it listened.
 */
@Component("checkNominationWindowDelegate")
class CheckNominationWindowDelegate implements JavaDelegate {

	private final NominationService nominations;

	CheckNominationWindowDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(NominationProcess.Var.NOMINATION_WINDOW_CLOSED,
				this.nominations.nominationWindowClosed(execution.getProcessBusinessKey()));
	}

}
