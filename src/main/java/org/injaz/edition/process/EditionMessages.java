package org.injaz.edition.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.injaz.edition.process.EditionProcess.Var;

/**
 * Correlates a message to every nomination process of the execution's edition.
 */
final class EditionMessages {

	private EditionMessages() {
	}

	/** Tells how many nominations received it. */
	static int toNominations(RuntimeService runtimeService, DelegateExecution execution, String message) {
		String programmeCode = (String) execution.getVariable(Var.PROGRAMME_CODE);
		Integer editionNumber = ((Number) execution.getVariable(Var.EDITION_NUMBER)).intValue();
		return runtimeService.createMessageCorrelation(message)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, programmeCode)
			.processInstanceVariableEquals(Var.EDITION_NUMBER, editionNumber)
			.correlateAllWithResult()
			.size();
	}

}
