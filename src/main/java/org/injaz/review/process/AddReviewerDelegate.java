package org.injaz.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.nomination.process.ProcessValues;
import org.injaz.problem.RefusedStepException;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * The moderator asked for one more review: the chosen expert joins the panel.
 */
@Component("addReviewerDelegate")
class AddReviewerDelegate implements JavaDelegate {

	private final ReviewService reviews;

	AddReviewerDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reviewer = ProcessValues.text(execution.getVariable(Var.EXTRA_REVIEWER));
		if (reviewer == null) {
			throw new RefusedStepException("Choose the expert for one more review");
		}
		this.reviews.addReviewer(execution.getProcessBusinessKey(), reviewer);
	}

}
