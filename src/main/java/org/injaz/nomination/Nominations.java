package org.injaz.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Nominations extends JpaRepository<Nomination, Long>, NominationLookup {

	@Query("select n from Nomination n where n.nominee = :nominee order by n.submittedAt desc")
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

	/**
	 * Nominations of a branch whose service address or title reads as {@code form} or
	 * {@code formWithSlash} (trimmed, lower case): the candidates for a duplicate,
	 * checked exactly by the caller. Two values rather than a list: Hibernate keeps the
	 * SQL of a query without list parameters, and translates one with them on every call.
	 */
	@Query("""
			select n from Nomination n
			where n.edition.programme.code = :programmeCode and n.edition.number = :editionNumber
			  and n.branch.code = :branchCode
			  and (lower(trim(n.serviceUrl)) in (:form, :formWithSlash)
			    or lower(trim(n.title)) in (:form, :formWithSlash))""")
	List<Nomination> findServiceCandidates(String programmeCode, int editionNumber, String branchCode, String form,
			String formWithSlash);

	/** The nominations of one entity (by its name, trimmed, lower case) in a branch. */
	@Query("""
			select n from Nomination n
			where n.edition.id = :editionId and n.branch.id = :branchId
			  and lower(trim(n.entityName)) = :entityName""")
	List<Nomination> findByEntityInBranch(Long editionId, Long branchId, String entityName);

	/** The winners of a branch in an edition. */
	@Query("""
			select n from Nomination n
			where n.edition.programme.code = :programmeCode and n.edition.number = :editionNumber
			  and n.branch.code = :branchCode and n.outcome = org.injaz.nomination.NominationOutcome.WINNER""")
	List<Nomination> findWinnersInBranch(String programmeCode, int editionNumber, String branchCode);

	/**
	 * Whether a nomination of the branch in the edition (by their ids) is still before
	 * its committee: being screened or clarified, waiting for its review or in it. The
	 * statuses are literals, not a list parameter, so that Hibernate keeps the query's
	 * SQL.
	 */
	@Query("""
			select case when count(n) > 0 then true else false end from Nomination n
			where n.edition.id = :editionId and n.branch.id = :branchId
			  and n.status in (org.injaz.nomination.NominationStatus.SCREENING,
			    org.injaz.nomination.NominationStatus.CLARIFICATION_REQUESTED,
			    org.injaz.nomination.NominationStatus.AWAITING_REVIEW, org.injaz.nomination.NominationStatus.IN_REVIEW)""")
	boolean existsBeforeCommitteeInBranch(long editionId, long branchId);

}
