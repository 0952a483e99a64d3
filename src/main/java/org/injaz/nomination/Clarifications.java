package org.injaz.nomination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Clarifications extends JpaRepository<Clarification, Long> {

	@Query("select c from Clarification c where c.nomination.reference = :reference order by c.askedAt desc")
	List<Clarification> findByNominationReferenceOrderByAskedAtDesc(String reference);

}
