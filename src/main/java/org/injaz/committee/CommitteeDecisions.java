package org.injaz.committee;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeDecisions extends JpaRepository<CommitteeDecision, Long> {

	Optional<CommitteeDecision> findByEditionIdAndBranchId(Long editionId, Long branchId);

}
