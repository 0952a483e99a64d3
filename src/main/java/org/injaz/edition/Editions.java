package org.injaz.edition;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Editions extends JpaRepository<Edition, Long> {

	Optional<Edition> findByProgrammeCodeAndNumber(String programmeCode, int number);

}
