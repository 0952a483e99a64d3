package org.injaz.nomination.web;

import java.util.List;
import java.util.function.Predicate;

import org.injaz.nomination.Nomination;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.NominationTimeline;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the nominations API and the nominees' portal, inside one transaction so
 * that views can read editions and branches.
 */
@Service
public class NominationQueries {

	private final Nominations nominations;

	private final NominationTimeline timeline;

	NominationQueries(Nominations nominations, NominationTimeline timeline) {
		this.nominations = nominations;
		this.timeline = timeline;
	}

	@Transactional(readOnly = true)
	List<NominationView> all() {
		return this.nominations.findAll(Sort.by(Sort.Direction.DESC, "submittedAt"))
			.stream()
			.map((nomination) -> NominationView.of(nomination, true))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<NominationView> of(String nominee) {
		return this.nominations.findByNomineeOrderBySubmittedAtDesc(nominee)
			.stream()
			.map((nomination) -> NominationView.of(nomination, false))
			.toList();
	}

	/**
	 * One nomination; with an owner, someone else's nomination is reported as unknown, so
	 * that references cannot be probed.
	 */
	@Transactional(readOnly = true)
	public NominationView one(String reference, String owner) {
		Nomination nomination = this.nominations.findByReference(reference)
			.filter((found) -> owner == null || owner.equals(found.getNominee()))
			.orElseThrow(() -> new UnknownNominationException(reference));
		return NominationView.of(nomination, owner == null);
	}

	/**
	 * One nomination with its timeline, in one transaction: with an owner, as
	 * {@link #one} and the timeline a nominee may read; without, staff's, and unknown
	 * unless {@code visible} lets the caller see it.
	 */
	@Transactional(readOnly = true)
	NominationDetailView detail(String reference, String owner, Predicate<NominationView> visible) {
		NominationView view = one(reference, owner);
		if (!visible.test(view)) {
			throw new UnknownNominationException(reference);
		}
		return new NominationDetailView(view, this.timeline.of(reference, owner));
	}

}
