package org.injaz.nomination.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;

import org.springframework.stereotype.Component;

/**
 * Keeps the nomination's status in step with the process: used as
 * {@code ${nominationStatus.moveTo(execution, 'SCREENING')}} on activity start.
 */
@Component("nominationStatus")
public class NominationStatusListener {

	private final NominationService nominations;

	NominationStatusListener(NominationService nominations) {
		this.nominations = nominations;
	}

	public void moveTo(DelegateExecution execution, String status) {
		this.nominations.moveTo(execution.getProcessBusinessKey(), NominationStatus.valueOf(status));
	}

}
