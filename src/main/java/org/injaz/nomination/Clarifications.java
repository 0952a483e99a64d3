package org.injaz.nomination;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Clarifications extends JpaRepository<Clarification, Long> {

	List<Clarification> findByNominationReferenceOrderByAskedAtDesc(String reference);

}
