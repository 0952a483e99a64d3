package org.injaz.measurement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasurementResults extends JpaRepository<MeasurementResult, Long> {

	/** The entity's latest measurement, i.e. that of its highest round. */
	Optional<MeasurementResult> findFirstByEntityIdOrderByRoundDesc(Long entityId);

	List<MeasurementResult> findByRoundOrderByRankAsc(int round);

}
