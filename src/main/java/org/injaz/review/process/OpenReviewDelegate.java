package org.injaz.review.process;

import java.util.ArrayList;
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
		// The criteria are the nomination's, the same for every review of it: stored
		// once.
		DelegateExecution nomination = execution.getProcessInstance();
		if (!nomination.hasVariableLocal(Var.CRITERION_LABELS)) {
			showCriteria(nomination, this.reviews.criteriaOf(execution.getProcessBusinessKey()));
		}
	}

	private static void showCriteria(DelegateExecution nomination, List<Criterion> criteria) {
		if (criteria.size() > FORM_CRITERIA) {
			throw new IllegalStateException(
					"The review form shows " + FORM_CRITERIA + " criteria, the branch has " + criteria.size());
		}
		List<String> labels = new ArrayList<>();
		for (Criterion criterion : criteria) {
			// One line each: the form splits the variable at line breaks.
			labels.add(
					(criterion.getNameAr() + " · " + criterion.getNameEn() + " (" + criterion.getWeight() + "%) — 0–10")
						.replaceAll("\\R", " "));
		}
		nomination.setVariableLocal(Var.CRITERION_LABELS, String.join("\n", labels));
	}

}
