package org.injaz.nomination.process;

import org.camunda.bpm.engine.RuntimeService;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a nomination for its nominee: the domain refuses it once the committee has
 * decided, otherwise the process hears {@code Message_NominationWithdrawn}, cancels the
 * open tasks and records WITHDRAWN.
 */
@Service
public class NominationWithdrawals {

	private final NominationService nominations;

	private final RuntimeService runtimeService;

	NominationWithdrawals(NominationService nominations, RuntimeService runtimeService) {
		this.nominations = nominations;
		this.runtimeService = runtimeService;
	}

	@Transactional
	public void withdraw(String reference) {
		this.nominations.assertWithdrawable(reference);
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WITHDRAWN)
			.processInstanceBusinessKey(reference)
			.correlate();
	}

}
