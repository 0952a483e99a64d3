package org.injaz.nomination;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;

import org.injaz.edition.Branch;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers nominations and applies the changes the process decides on.
 */
@Service
public class NominationService {

	private final Nominations nominations;

	private final NominationCounters counters;

	private final Editions editions;

	private final Clock clock;

	NominationService(Nominations nominations, NominationCounters counters, Editions editions, Clock clock) {
		this.nominations = nominations;
		this.counters = counters;
		this.editions = editions;
		this.clock = clock;
	}

	/**
	 * Stores a new nomination with a fresh reference such as {@code ACH-4-G2C-0007}.
	 */
	@Transactional
	public Nomination register(NominationSubmission submission) {
		Edition edition = this.editions
			.findByProgrammeCodeAndNumber(submission.programmeCode(), submission.editionNumber())
			.orElseThrow(() -> new InvalidSubmissionException("editionNumber",
					"names no edition of programme " + submission.programmeCode()));
		Branch branch = edition.getProgramme()
			.getBranches()
			.stream()
			.filter((candidate) -> candidate.getCode().equalsIgnoreCase(submission.branchCode()))
			.findFirst()
			.orElseThrow(() -> new InvalidSubmissionException("branchCode", "is not a branch of this programme"));
		String reference = nextReference(edition, branch);
		return this.nominations.save(new Nomination(reference, edition, branch, submission, this.clock.instant()));
	}

	@Transactional
	public void moveTo(String reference, NominationStatus status) {
		get(reference).moveTo(status, this.clock.instant());
	}

	@Transactional
	public void recordScore(String reference, BigDecimal score) {
		get(reference).recordScore(score, this.clock.instant());
	}

	@Transactional
	public void decide(String reference, NominationOutcome outcome) {
		get(reference).decide(outcome, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Nomination get(String reference) {
		return this.nominations.findByReference(reference).orElseThrow(() -> new UnknownNominationException(reference));
	}

	private String nextReference(Edition edition, Branch branch) {
		NominationCounter.Key key = new NominationCounter.Key(edition.getId(), branch.getId());
		NominationCounter counter = this.counters.findWithLockByKey(key)
			.orElseGet(() -> this.counters.save(new NominationCounter(edition.getId(), branch.getId())));
		return String.format(Locale.ROOT, "%s-%d-%s-%04d", edition.getProgramme().getCode(), edition.getNumber(),
				branch.getCode(), counter.next());
	}

}
