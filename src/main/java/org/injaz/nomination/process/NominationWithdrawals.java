package org.injaz.nomination.process;

import org.camunda.bpm.engine.RuntimeService;
import org.injaz.audit.AuditTrail;
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

	private final AuditTrail audit;

	NominationWithdrawals(NominationService nominations, RuntimeService runtimeService, AuditTrail audit) {
		this.nominations = nominations;
		this.runtimeService = runtimeService;
		this.audit = audit;
	}

	@Transactional
	public void withdraw(String reference) {
		withdraw(reference, AuditTrail.SYSTEM);
	}

	/** Withdraws on behalf of {@code by}, who is named in the audit trail. */
	@Transactional
	public void withdraw(String reference, String by) {
		this.nominations.assertWithdrawable(reference);
		this.audit.record(by, "NOMINATION_WITHDRAWN", reference, null);
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WITHDRAWN)
			.processInstanceBusinessKey(reference)
			.correlate();
	}

}
