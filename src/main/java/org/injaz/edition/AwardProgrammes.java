package org.injaz.edition;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardProgrammes extends JpaRepository<AwardProgramme, Long> {

	@Query("select p from AwardProgramme p where p.code = :code")
	Optional<AwardProgramme> findByCode(String code);

}
