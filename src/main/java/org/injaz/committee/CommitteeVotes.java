package org.injaz.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeVotes extends JpaRepository<CommitteeVote, Long> {

	@Query("select v from CommitteeVote v where v.editionId = :editionId and v.branchId = :branchId")
	List<CommitteeVote> findByEditionIdAndBranchId(Long editionId, Long branchId);

	@Query("select v from CommitteeVote v where v.editionId = :editionId and v.branchId = :branchId and v.member = :member")
	List<CommitteeVote> findByEditionIdAndBranchIdAndMember(Long editionId, Long branchId, String member);

}
