package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * Stores the question put to the nominee (the coordinator's, or the eligibility rule's
 * reason) and clears the previous answer from the form.
 */
@Component("requestClarificationDelegate")
class RequestClarificationDelegate implements JavaDelegate {

	private final NominationService nominations;

	RequestClarificationDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String question = ProcessValues.text(execution.getVariable(NominationProcess.Var.CLARIFICATION_QUESTION));
		if (question == null) {
			question = execution.getVariable(NominationProcess.Var.ELIGIBILITY_REASON_AR) + " · "
					+ execution.getVariable(NominationProcess.Var.ELIGIBILITY_REASON_EN);
			execution.setVariable(NominationProcess.Var.CLARIFICATION_QUESTION, question);
		}
		this.nominations.requestClarification(execution.getProcessBusinessKey(), question);
		execution.setVariable(NominationProcess.Var.CLARIFICATION_ANSWER, null);
	}

}
