package org.injaz.review.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.injaz.review.Review;
import org.injaz.review.ReviewScoring;
import org.injaz.review.ReviewService;
import org.injaz.review.ReviewStatus;
import org.injaz.review.ScoreSummary;

import org.springframework.stereotype.Component;

/**
 * The collection of the review multi-instance: {@code ${reviewPanel.pending(execution)}},
 * the reviewers whose review is open, read from the domain rather than kept in a
 * variable.
 */
@Component("reviewPanel")
public class ReviewPanel {

	private final ReviewService reviews;

	ReviewPanel(ReviewService reviews) {
		this.reviews = reviews;
	}

	public List<String> pending(DelegateExecution execution) {
		return this.reviews.pendingReviewers(execution.getProcessBusinessKey());
	}

	/**
	 * What the moderator reads (a local variable of the moderation task only): each
	 * review's weighted score and comment, then mean, median and spread.
	 */
	public String summary(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		StringBuilder text = new StringBuilder();
		for (Review review : this.reviews.reviewsOf(reference)) {
			text.append(review.getReviewer()).append(": ").append(review.getStatus());
			if (review.getWeightedScore() != null) {
				text.append(' ').append(review.getWeightedScore().toPlainString()).append("/100");
			}
			if (review.getComment() != null) {
				text.append(" — ").append(review.getComment());
			}
			text.append('\n');
		}
		ScoreSummary summary = ReviewScoring.summarise(this.reviews.reviewsOf(reference)
			.stream()
			.filter((review) -> review.getStatus() == ReviewStatus.SUBMITTED)
			.map(Review::getWeightedScore)
			.toList());
		text.append("المتوسط · Mean ")
			.append(summary.mean().toPlainString())
			.append(" · الوسيط · Median ")
			.append(summary.median().toPlainString())
			.append(" · التباين · Spread ")
			.append(summary.spread().toPlainString())
			.append(" (> ")
			.append(this.reviews.getModerationSpread().toPlainString())
			.append(")");
		return text.toString();
	}

}
