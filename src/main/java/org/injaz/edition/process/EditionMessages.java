package org.injaz.edition.process;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.Execution;
import org.injaz.edition.process.EditionProcess.Var;

/**
 * Tells every nomination of the execution's edition that waits for a message, in a
 * Camunda batch: one job per nomination on the job executor, so that thousands of
 * nominations move in parallel, each in its own transaction (a failure becomes that
 * nomination's incident, visible in Cockpit, instead of undoing the whole edition's
 * step).
 */
final class EditionMessages {

	/** The nomination process's key; named here because nomination depends on edition. */
	static final String NOMINATION_PROCESS = "NominationProcess";

	private EditionMessages() {
	}

	/** Tells how many nominations the batch reaches; none means no batch. */
	static int toNominations(RuntimeService runtimeService, DelegateExecution execution, String message) {
		String programmeCode = (String) execution.getVariable(Var.PROGRAMME_CODE);
		int editionNumber = ((Number) execution.getVariable(Var.EDITION_NUMBER)).intValue();
		// The edition's step is the system's, not the signed-in coordinator's: their
		// grants do not reach every nomination, nor the batch.
		return Context.getCommandContext().runWithoutAuthorization(() -> {
			List<String> waiting = runtimeService.createExecutionQuery()
				.processDefinitionKey(NOMINATION_PROCESS)
				.messageEventSubscriptionName(message)
				.processVariableValueEquals(Var.PROGRAMME_CODE, programmeCode)
				.processVariableValueEquals(Var.EDITION_NUMBER, editionNumber)
				.list()
				.stream()
				.map(Execution::getProcessInstanceId)
				.distinct()
				.toList();
			if (!waiting.isEmpty()) {
				runtimeService.createMessageCorrelationAsync(message).processInstanceIds(waiting).correlateAllAsync();
			}
			return waiting.size();
		});
	}

}
