package org.injaz.nomination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Nominations extends JpaRepository<Nomination, Long> {

	Optional<Nomination> findByReference(String reference);

	List<Nomination> findByNomineeOrderBySubmittedAtDesc(String nominee);

}
