package org.injaz.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.nomination.process.ProcessValues;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * Gives the nomination to the reviewers the coordinator chose. A refused choice (conflict
 * of interest, too many) fails the completion of the assignment task, which stays open.
 */
@Component("assignReviewersDelegate")
class AssignReviewersDelegate implements JavaDelegate {

	private final ReviewService reviews;

	AssignReviewersDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reviews.assign(execution.getProcessBusinessKey(),
				ProcessValues.list(execution.getVariable(Var.REVIEWERS)));
	}

}
