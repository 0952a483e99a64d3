package org.injaz.review.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.injaz.edition.Criterion;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * Prepares one reviewer's review, in that review's own scope: the due date (engine time;
 * the reminder is read from it, ReviewSchedule) and the conflict flag the gateway reads;
 * nothing of these reaches the other reviewers. The criteria the form shows are the
 * nomination's, set on it by its first review.
 */
@Component("openReviewDelegate")
class OpenReviewDelegate implements JavaDelegate {

	/** The review form has this many criterion fields. */
	static final int FORM_CRITERIA = 6;

	private final ReviewService reviews;

	private final ReviewSchedule schedule;

	OpenReviewDelegate(ReviewService reviews, ReviewSchedule schedule) {
		this.reviews = reviews;
		this.schedule = schedule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariableLocal(Var.REVIEW_DUE, this.schedule.dueFrom(ClockUtil.getCurrentTime()));
		execution.setVariableLocal(Var.REVIEW_CONFLICTED, false);
		// The criteria are the nomination's, the same for every review of it: stored
		// once.
		DelegateExecution nomination = execution.getProcessInstance();
		if (!nomination.hasVariableLocal(Var.CRITERION_COUNT)) {
			showCriteria(nomination, this.reviews.criteriaOf(execution.getProcessBusinessKey()));
		}
	}

	private static void showCriteria(DelegateExecution nomination, List<Criterion> criteria) {
		if (criteria.size() > FORM_CRITERIA) {
			throw new IllegalStateException(
					"The review form shows " + FORM_CRITERIA + " criteria, the branch has " + criteria.size());
		}
		nomination.setVariableLocal(Var.CRITERION_COUNT, criteria.size());
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			nomination.setVariableLocal(Var.CRITERION_LABEL + (i + 1),
					criterion.getNameAr() + " · " + criterion.getNameEn() + " (" + criterion.getWeight() + "%) — 0–10");
		}
	}

}
