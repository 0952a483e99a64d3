package org.injaz.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Reviews extends JpaRepository<Review, Long> {

	List<Review> findByNominationReferenceOrderById(String reference);

	long countByReviewerAndStatus(String reviewer, ReviewStatus status);

	List<Review> findByReviewerInAndStatus(Collection<String> reviewers, ReviewStatus status);

}
