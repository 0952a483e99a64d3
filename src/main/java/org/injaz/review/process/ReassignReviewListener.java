package org.injaz.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.nomination.process.ProcessValues;
import org.injaz.problem.RefusedStepException;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * On completion of the reassignment task, gives the review to the new expert and makes
 * them this review's reviewer; the review then opens again for them.
 */
@Component("reassignReview")
class ReassignReviewListener implements TaskListener {

	private final ReviewService reviews;

	ReassignReviewListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String newReviewer = ProcessValues.text(task.getVariable(Var.NEW_REVIEWER));
		if (newReviewer == null) {
			throw new RefusedStepException("Choose the expert who takes over the review");
		}
		String previous = (String) task.getVariable(Var.PREVIOUS_REVIEWER);
		this.reviews.reassign(task.getExecution().getProcessBusinessKey(), previous, newReviewer);
		task.getExecution().setVariable(Var.REVIEWER, newReviewer);
	}

}
