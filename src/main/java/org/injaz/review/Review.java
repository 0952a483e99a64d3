package org.injaz.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.injaz.nomination.Nomination;

/**
 * One expert's review of one nomination: a score 0..10 per criterion of the branch, a
 * comment, and the weighted score 0..100; or a declared conflict of interest. Only the
 * reviewer and coordinators see it.
 */
@Entity
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "nomination_id")
	private Nomination nomination;

	private String reviewer;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyColumn(name = "criterion_code")
	@Column(name = "score")
	private Map<String, Integer> scores = new HashMap<>();

	private String comment;

	private boolean conflictOfInterest;

	private BigDecimal weightedScore;

	private Instant assignedAt;

	private Instant submittedAt;

	@Version
	private long version;

	protected Review() {
	}

	Review(Nomination nomination, String reviewer, Instant now) {
		if (reviewer == null || reviewer.isBlank()) {
			throw new IllegalArgumentException("A review needs a reviewer");
		}
		this.nomination = nomination;
		this.reviewer = reviewer;
		this.status = ReviewStatus.ASSIGNED;
		this.assignedAt = now;
	}

	void submit(Map<String, Integer> weights, Map<String, Integer> scores, String comment, Instant now) {
		requireAssigned();
		this.weightedScore = ReviewScoring.weightedScore(weights, scores);
		this.scores.clear();
		this.scores.putAll(scores);
		this.comment = comment;
		this.status = ReviewStatus.SUBMITTED;
		this.submittedAt = now;
	}

	void declareConflict(String comment, Instant now) {
		requireAssigned();
		this.conflictOfInterest = true;
		this.comment = comment;
		this.status = ReviewStatus.CONFLICTED;
		this.submittedAt = now;
	}

	void reassign() {
		requireAssigned();
		this.status = ReviewStatus.REASSIGNED;
	}

	private void requireAssigned() {
		if (this.status != ReviewStatus.ASSIGNED) {
			throw new IllegalStateException("The review of " + this.nomination.getReference() + " by " + this.reviewer
					+ " is already " + this.status);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Nomination getNomination() {
		return this.nomination;
	}

	public String getReviewer() {
		return this.reviewer;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public Map<String, Integer> getScores() {
		return Map.copyOf(this.scores);
	}

	public String getComment() {
		return this.comment;
	}

	public boolean isConflictOfInterest() {
		return this.conflictOfInterest;
	}

	public BigDecimal getWeightedScore() {
		return this.weightedScore;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
