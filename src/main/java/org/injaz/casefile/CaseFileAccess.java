package org.injaz.casefile;

import java.util.Collection;

import org.injaz.committee.process.CommitteeMembers;
import org.injaz.edition.EditionCoordinators;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.review.Reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a nomination's files: admins; coordinators of its edition; a reviewer who
 * has, or had, a review of it; members of its branch's committee
 * ({@code committee/<branch>}). Nobody else on the staff, whatever their role.
 */
@Service
public class CaseFileAccess {

	private final Nominations nominations;

	private final Reviews reviews;

	private final CommitteeMembers committeeMembers;

	CaseFileAccess(Nominations nominations, Reviews reviews, CommitteeMembers committeeMembers) {
		this.nominations = nominations;
		this.reviews = reviews;
		this.committeeMembers = committeeMembers;
	}

	/**
	 * @param authorities the caller's Spring authorities ({@code ROLE_ADMIN},
	 * {@code EDITION_ach-4})
	 */
	@Transactional(readOnly = true)
	public boolean mayRead(String user, Collection<String> authorities, String reference) {
		Nomination nomination = this.nominations.findByReference(reference)
			.orElseThrow(() -> new UnknownNominationException(reference));
		if (EditionCoordinators.sees(authorities, nomination.getEdition().getProgramme().getCode(),
				nomination.getEdition().getNumber())) {
			return true;
		}
		if (this.reviews.findByNominationReferenceOrderById(reference)
			.stream()
			.anyMatch((review) -> review.getReviewer().equals(user))) {
			return true;
		}
		return this.committeeMembers.of(nomination.getBranch().getCode()).contains(user);
	}

}
