package org.injaz.edition.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.edition.process.EditionProcess.Var;

import org.springframework.stereotype.Component;

/**
 * Tells every nomination of the edition that the window closed; an edition without
 * nominations is fine.
 */
@Component("closeNominationWindowDelegate")
class CloseNominationWindowDelegate implements JavaDelegate {

	private final RuntimeService runtimeService;

	CloseNominationWindowDelegate(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Var.NOMINATIONS_CLOSED,
				EditionMessages.toNominations(this.runtimeService, execution, EditionProcess.MESSAGE_WINDOW_CLOSED));
	}

}
