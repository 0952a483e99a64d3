package org.injaz.nomination;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NominationDraftRepository extends JpaRepository<NominationDraft, UUID> {

	List<NominationDraft> findByOwnerAndNominationReferenceIsNullOrderByUpdatedAtDesc(String owner);

	/** Serialises concurrent submits of one draft. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from NominationDraft d where d.id = :id")
	Optional<NominationDraft> findForSubmission(UUID id);

}
