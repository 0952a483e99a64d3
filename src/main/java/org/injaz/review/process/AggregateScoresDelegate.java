package org.injaz.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.ReviewService;
import org.injaz.review.ScoreSummary;

import org.springframework.stereotype.Component;

/**
 * Turns the submitted reviews into the nomination's score (mean, median kept) and tells
 * the gateway whether the reviewers disagree beyond the allowed spread.
 */
@Component("aggregateScoresDelegate")
class AggregateScoresDelegate implements JavaDelegate {

	private final ReviewService reviews;

	AggregateScoresDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ScoreSummary summary = this.reviews.aggregate(execution.getProcessBusinessKey());
		// Transient: only the gateway right after reads it.
		execution.setVariable(Var.NEEDS_MODERATION,
				Variables.booleanValue(this.reviews.needsModeration(summary), true));
	}

}
