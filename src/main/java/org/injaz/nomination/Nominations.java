package org.injaz.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Nominations extends JpaRepository<Nomination, Long> {

	Optional<Nomination> findByReference(String reference);

	List<Nomination> findByNomineeOrderBySubmittedAtDesc(String nominee);

	@Query("""
			select n from Nomination n
			where n.edition.programme.code = :programmeCode and n.edition.number = :editionNumber
			  and n.branch.code = :branchCode and n.status in :statuses
			order by n.score desc nulls last, n.reference""")
	List<Nomination> findInBranch(String programmeCode, int editionNumber, String branchCode,
			Collection<NominationStatus> statuses);

	@Query("""
			select n from Nomination n
			where n.edition.programme.code = :programmeCode and n.edition.number = :editionNumber
			  and n.branch.code = :branchCode""")
	List<Nomination> findAllInBranch(String programmeCode, int editionNumber, String branchCode);

}
