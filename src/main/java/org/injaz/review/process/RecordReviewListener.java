package org.injaz.review.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.injaz.edition.Criterion;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.nomination.process.ProcessValues;
import org.injaz.problem.RefusedStepException;
import org.injaz.review.ReviewService;

import org.springframework.stereotype.Component;

/**
 * On completion of a review task, stores the reviewer's scores (task-local variables that
 * never reach the process) in the domain, or the declared conflict of interest, and tells
 * the gateway which it was.
 */
@Component("recordReview")
class RecordReviewListener implements TaskListener {

	private final ReviewService reviews;

	RecordReviewListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String reviewer = task.getAssignee();
		String comment = ProcessValues.text(task.getVariable(Var.REVIEW_COMMENT));
		boolean conflicted = Boolean.TRUE.equals(task.getVariable(Var.CONFLICT_OF_INTEREST))
				|| "true".equals(String.valueOf(task.getVariable(Var.CONFLICT_OF_INTEREST)));
		if (conflicted) {
			this.reviews.declareConflict(reference, reviewer, comment);
		}
		else {
			List<Criterion> criteria = this.reviews.criteriaOf(reference);
			Map<String, Integer> scores = new LinkedHashMap<>();
			for (int i = 0; i < criteria.size(); i++) {
				Object score = task.getVariable(Var.CRITERION_SCORE + (i + 1));
				scores.put(criteria.get(i).getCode(), score(score, criteria.get(i)));
			}
			try {
				this.reviews.submit(reference, reviewer, scores, comment);
			}
			catch (IllegalArgumentException ex) {
				// The scoring's refusals: a criterion scored out of range.
				throw new RefusedStepException(ex.getMessage(), ex);
			}
		}
		// Transient: the gateway after the review reads it in this transaction; nothing
		// later needs it (the review's status records the conflict).
		task.getExecution().setVariable(Var.REVIEW_CONFLICTED, Variables.booleanValue(conflicted, true));
	}

	private static int score(Object value, Criterion criterion) {
		if (value == null || value.toString().isBlank()) {
			throw new RefusedStepException("Score every criterion: " + criterion.getNameEn());
		}
		try {
			return (int) Math.round(Double.parseDouble(value.toString()));
		}
		catch (NumberFormatException ex) {
			throw new RefusedStepException("Score " + criterion.getNameEn() + " with a number, not " + value, ex);
		}
	}

}
