package org.injaz.nomination;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface NominationCounters extends JpaRepository<NominationCounter, NominationCounter.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<NominationCounter> findWithLockByKey(NominationCounter.Key key);

}
