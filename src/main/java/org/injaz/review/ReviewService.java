package org.injaz.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.injaz.edition.Criterion;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationService;
import org.injaz.problem.RefusedStepException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reviews a nomination, what they scored, and what the scores add up to.
 */
@Service
public class ReviewService {

	private final Reviews reviews;

	private final NominationService nominations;

	private final ConflictOfInterest conflictOfInterest;

	private final Clock clock;

	private final BigDecimal moderationSpread;

	ReviewService(Reviews reviews, NominationService nominations, ConflictOfInterest conflictOfInterest, Clock clock,
			@Value("${injaz.review.moderation-spread:20}") BigDecimal moderationSpread) {
		this.reviews = reviews;
		this.nominations = nominations;
		this.conflictOfInterest = conflictOfInterest;
		this.clock = clock;
		this.moderationSpread = moderationSpread;
	}

	/**
	 * The experts who may review the nomination, least loaded (fewest open reviews)
	 * first: never one who works for the nominating or a partner entity, nor one who
	 * already had this nomination.
	 */
	@Transactional(readOnly = true)
	public List<String> suggestReviewers(String reference, List<String> experts) {
		Nomination nomination = this.nominations.get(reference);
		Set<String> panel = panelOf(reference);
		List<String> eligible = experts.stream()
			.filter((expert) -> !panel.contains(expert))
			.filter((expert) -> !this.conflictOfInterest.conflicts(expert, nomination))
			.toList();
		Map<String, Long> load = new HashMap<>();
		eligible.forEach((expert) -> load.put(expert, 0L));
		if (!eligible.isEmpty()) {
			this.reviews.countByReviewerInAndStatus(eligible, ReviewStatus.ASSIGNED)
				.forEach((row) -> load.put((String) row[0], ((Number) row[1]).longValue()));
		}
		return eligible.stream()
			.sorted(Comparator.comparing((String expert) -> load.get(expert)).thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	/** How many reviewers the nomination's branch asks for. */
	@Transactional(readOnly = true)
	public int reviewersNeeded(String reference) {
		return this.nominations.get(reference).getBranch().getReviewersPerNomination();
	}

	/**
	 * Gives the nomination to the chosen reviewers: at least one, at most the branch's
	 * number, none with a conflict of interest or already on it.
	 */
	@Transactional
	public void assign(String reference, List<String> reviewers) {
		Nomination nomination = this.nominations.get(reference);
		Set<String> chosen = new LinkedHashSet<>(reviewers);
		int needed = nomination.getBranch().getReviewersPerNomination();
		if (chosen.isEmpty() || chosen.size() > needed) {
			throw new RefusedStepException(
					"Choose 1 to " + needed + " reviewers for " + reference + ", got " + chosen.size());
		}
		Set<String> panel = panelOf(reference);
		chosen.forEach((reviewer) -> add(nomination, reviewer, panel));
	}

	/** One more reviewer, e.g. when the moderator asks for another opinion. */
	@Transactional
	public void addReviewer(String reference, String reviewer) {
		add(this.nominations.get(reference), reviewer, panelOf(reference));
	}

	/** The reviewers whose review is still open. */
	@Transactional(readOnly = true)
	public List<String> pendingReviewers(String reference) {
		return this.reviews.findByNominationReferenceOrderById(reference)
			.stream()
			.filter((review) -> review.getStatus() == ReviewStatus.ASSIGNED)
			.map(Review::getReviewer)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Review> reviewsOf(String reference) {
		return this.reviews.findByNominationReferenceOrderById(reference);
	}

	/** The criteria a reviewer scores, in the branch's order. */
	@Transactional(readOnly = true)
	public List<Criterion> criteriaOf(String reference) {
		return this.nominations.get(reference).getBranch().getCriteria();
	}

	/** Records the scores (criterion code to 0..10) and the comment. */
	@Transactional
	public Review submit(String reference, String reviewer, Map<String, Integer> scores, String comment) {
		Review review = openReview(reference, reviewer);
		Map<String, Integer> weights = new LinkedHashMap<>();
		review.getNomination().getBranch().getCriteria().forEach((c) -> weights.put(c.getCode(), c.getWeight()));
		review.submit(weights, scores, comment, this.clock.instant());
		return review;
	}

	/** The reviewer hands the review back: they may not judge this nomination. */
	@Transactional
	public void declareConflict(String reference, String reviewer, String comment) {
		openReview(reference, reviewer).declareConflict(comment, this.clock.instant());
	}

	/**
	 * Gives the review to another expert; the previous reviewer's open review, if any (an
	 * overdue one), is closed.
	 */
	@Transactional
	public void reassign(String reference, String from, String to) {
		Nomination nomination = this.nominations.get(reference);
		this.reviews.findByNominationReferenceOrderById(reference)
			.stream()
			.filter((review) -> review.getReviewer().equals(from) && review.getStatus() == ReviewStatus.ASSIGNED)
			.forEach(Review::reassign);
		add(nomination, to, panelOf(reference));
	}

	/**
	 * Mean, median and spread of the submitted reviews; the mean and median become the
	 * nomination's.
	 */
	@Transactional
	public ScoreSummary aggregate(String reference) {
		List<BigDecimal> scores = this.reviews.findByNominationReferenceOrderById(reference)
			.stream()
			.filter((review) -> review.getStatus() == ReviewStatus.SUBMITTED)
			.map(Review::getWeightedScore)
			.toList();
		ScoreSummary summary = ReviewScoring.summarise(scores);
		this.nominations.recordScores(reference, summary.mean(), summary.median());
		return summary;
	}

	/** Reviewers disagree when their scores lie further apart than the allowed spread. */
	public boolean needsModeration(ScoreSummary summary) {
		return summary.spread().compareTo(this.moderationSpread) > 0;
	}

	public BigDecimal getModerationSpread() {
		return this.moderationSpread;
	}

	/**
	 * {@code panel}: everyone who has or had the nomination, read once for several
	 * reviewers; the new reviewer joins it.
	 */
	private void add(Nomination nomination, String reviewer, Set<String> panel) {
		if (!panel.add(reviewer)) {
			throw new RefusedStepException(reviewer + " already had nomination " + nomination.getReference());
		}
		this.conflictOfInterest.assertMayJudge(reviewer, nomination);
		this.reviews.save(new Review(nomination, reviewer, this.clock.instant()));
	}

	private Set<String> panelOf(String reference) {
		return new HashSet<>(this.reviews.findReviewersByNominationReference(reference));
	}

	private Review openReview(String reference, String reviewer) {
		return this.reviews.findOpenByNominationReferenceAndReviewer(reference, reviewer)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(reviewer + " has no open review of " + reference));
	}

}
