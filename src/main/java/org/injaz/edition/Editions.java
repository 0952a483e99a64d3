package org.injaz.edition;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Editions extends JpaRepository<Edition, Long> {

	@Query("select e from Edition e where e.programme.code = :programmeCode and e.number = :number")
	Optional<Edition> findByProgrammeCodeAndNumber(String programmeCode, int number);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Edition e where e.id = :id")
	Optional<Edition> findWithLockById(Long id);

}
