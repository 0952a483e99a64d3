package org.injaz.nomination.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;

import org.springframework.stereotype.Component;

/**
 * Writes the reviewer's score to the nomination and hands it to the committee.
 */
@Component("recordReviewScoreDelegate")
class RecordReviewScoreDelegate implements JavaDelegate {

	private final NominationService nominations;

	RecordReviewScoreDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		Object score = execution.getVariable(NominationProcess.Var.REVIEW_SCORE);
		this.nominations.recordScore(reference, new BigDecimal(score.toString()));
		this.nominations.moveTo(reference, NominationStatus.AWAITING_COMMITTEE);
	}

}
