package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * Records the nominee's answer and any partner entities named in it; the eligibility
 * rules then run again. The question is cleared for the next round.
 */
@Component("recordClarificationAnswerDelegate")
class RecordClarificationAnswerDelegate implements JavaDelegate {

	private final NominationService nominations;

	RecordClarificationAnswerDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.nominations.answerClarification(execution.getProcessBusinessKey(),
				ProcessValues.text(execution.getVariable(NominationProcess.Var.CLARIFICATION_ANSWER)),
				ProcessValues.list(execution.getVariable(NominationProcess.Var.PARTNER_ENTITIES)));
		execution.setVariable(NominationProcess.Var.CLARIFICATION_QUESTION, null);
	}

}
