package org.injaz.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeVotes extends JpaRepository<CommitteeVote, Long> {

	List<CommitteeVote> findByEditionIdAndBranchId(Long editionId, Long branchId);

	List<CommitteeVote> findByEditionIdAndBranchIdAndMember(Long editionId, Long branchId, String member);

}
