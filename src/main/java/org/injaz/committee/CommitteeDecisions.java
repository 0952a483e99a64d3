package org.injaz.committee;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeDecisions extends JpaRepository<CommitteeDecision, Long> {

	@Query("select d from CommitteeDecision d where d.editionId = :editionId and d.branchId = :branchId")
	Optional<CommitteeDecision> findByEditionIdAndBranchId(Long editionId, Long branchId);

}
