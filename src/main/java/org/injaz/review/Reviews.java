package org.injaz.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Reviews extends JpaRepository<Review, Long> {

	@Query("select r from Review r where r.nomination.reference = :reference order by r.id")
	List<Review> findByNominationReferenceOrderById(String reference);

	/** Everyone who had the nomination, without loading their reviews and scores. */
	@Query("select r.reviewer from Review r where r.nomination.reference = :reference")
	List<String> findReviewersByNominationReference(String reference);

	@Query("select r from Review r where r.nomination.reference = :reference and r.reviewer = :reviewer"
			+ " and r.status = org.injaz.review.ReviewStatus.ASSIGNED order by r.id")
	List<Review> findOpenByNominationReferenceAndReviewer(String reference, String reviewer);

	@Query("select count(r) from Review r where r.reviewer = :reviewer and r.status = :status")
	long countByReviewerAndStatus(String reviewer, ReviewStatus status);

	@Query("select r from Review r where r.reviewer in :reviewers and r.status = :status")
	List<Review> findByReviewerInAndStatus(Collection<String> reviewers, ReviewStatus status);

	/**
	 * Per reviewer, how many reviews in this status: {@code [reviewer, count]} rows.
	 * Counting rows, not ids, lets PostgreSQL answer from the (reviewer, status) index
	 * alone.
	 */
	@Query("select r.reviewer, count(*) from Review r where r.reviewer in :reviewers and r.status = :status group by r.reviewer")
	List<Object[]> countByReviewerInAndStatus(Collection<String> reviewers, ReviewStatus status);

}
