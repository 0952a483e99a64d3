package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * Records the committee's outcome on the nomination.
 */
@Component("recordCommitteeDecisionDelegate")
class RecordCommitteeDecisionDelegate implements JavaDelegate {

	private final NominationService nominations;

	RecordCommitteeDecisionDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String outcome = (String) execution.getVariable(NominationProcess.Var.COMMITTEE_OUTCOME);
		this.nominations.decide(execution.getProcessBusinessKey(), NominationOutcome.valueOf(outcome));
	}

}
