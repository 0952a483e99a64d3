package org.injaz.nomination;

import java.util.Optional;
import java.util.Set;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NominationCounters extends JpaRepository<NominationCounter, NominationCounter.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from NominationCounter c where c.key = :key")
	Optional<NominationCounter> findWithLockByKey(NominationCounter.Key key);

	@Query("select c.key.branchId from NominationCounter c where c.key.editionId = :editionId")
	Set<Long> findBranchIdsByEditionId(long editionId);

}
