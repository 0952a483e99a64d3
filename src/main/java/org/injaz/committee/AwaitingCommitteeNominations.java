package org.injaz.committee;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the candidates straight from the nominations: those of the branch in status
 * AWAITING_COMMITTEE, best score first, then by reference; the branch is ready once none
 * is before the committee any more. Stands in until the nomination module offers its own
 * ranked list.
 */
@Component
class AwaitingCommitteeNominations implements CommitteeCandidates {

	private static final Set<NominationStatus> BEFORE_COMMITTEE = EnumSet.of(NominationStatus.SUBMITTED,
			NominationStatus.SCREENING, NominationStatus.CLARIFICATION_REQUESTED, NominationStatus.AWAITING_REVIEW,
			NominationStatus.IN_REVIEW);

	private final EntityManager entityManager;

	AwaitingCommitteeNominations(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean reviewsComplete(BranchKey branch) {
		return this.entityManager.createQuery("""
				select count(n) from Nomination n
				where n.edition.programme.code = :programme and n.edition.number = :edition
				  and n.branch.code = :branch and n.status in :before""", Long.class)
			.setParameter("programme", branch.programmeCode())
			.setParameter("edition", branch.editionNumber())
			.setParameter("branch", branch.branchCode())
			.setParameter("before", BEFORE_COMMITTEE)
			.getSingleResult() == 0;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> ranked(BranchKey branch) {
		return this.entityManager.createQuery("""
				select n from Nomination n
				where n.edition.programme.code = :programme and n.edition.number = :edition
				  and n.branch.code = :branch and n.status = :status
				order by n.score desc nulls last, n.reference""", Nomination.class)
			.setParameter("programme", branch.programmeCode())
			.setParameter("edition", branch.editionNumber())
			.setParameter("branch", branch.branchCode())
			.setParameter("status", NominationStatus.AWAITING_COMMITTEE)
			// A list, not a stream: Hibernate then reads the partners of all of them in
			// one
			// query when the votes' conflict checks ask for them (subselect fetch), not
			// one
			// query per nomination.
			.getResultList()
			.stream()
			.map((nomination) -> new Candidate(nomination.getReference(), nomination.getTitle(),
					nomination.getEntityName(), nomination.getScore()))
			.toList();
	}

}
