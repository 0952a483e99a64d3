package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * Closes the clarification nobody answered within five days and gives the reason the
 * nomination becomes ineligible.
 */
@Component("expireClarificationDelegate")
class ExpireClarificationDelegate implements JavaDelegate {

	static final String REASON_EN = "The nominee did not answer the clarification within 5 days";

	static final String REASON_AR = "لم يرد المرشح على طلب الاستيضاح خلال خمسة أيام";

	private final NominationService nominations;

	ExpireClarificationDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.nominations.expireClarification(execution.getProcessBusinessKey());
		execution.setVariable(NominationProcess.Var.ELIGIBILITY, "INELIGIBLE");
		execution.setVariable(NominationProcess.Var.ELIGIBILITY_REASON_EN, REASON_EN);
		execution.setVariable(NominationProcess.Var.ELIGIBILITY_REASON_AR, REASON_AR);
	}

}
