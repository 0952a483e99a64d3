package org.injaz.edition;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardProgrammes extends JpaRepository<AwardProgramme, Long> {

	Optional<AwardProgramme> findByCode(String code);

}
