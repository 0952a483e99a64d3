package org.injaz.nomination;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.injaz.edition.Branch;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionStarted;
import org.injaz.edition.Editions;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers nominations and applies the changes the process decides on.
 */
@Service
public class NominationService {

	/** Nominations that do not count towards an entity's limit per branch. */
	private static final Set<NominationStatus> NOT_COUNTED = EnumSet.of(NominationStatus.WITHDRAWN,
			NominationStatus.INELIGIBLE);

	private final Nominations nominations;

	private final NominationCounters counters;

	private final Clarifications clarifications;

	private final Editions editions;

	private final Clock clock;

	NominationService(Nominations nominations, NominationCounters counters, Clarifications clarifications,
			Editions editions, Clock clock) {
		this.nominations = nominations;
		this.counters = counters;
		this.clarifications = clarifications;
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
			.orElseThrow(() -> new InvalidSubmissionException("editionNumber", "unknownEdition",
					"names no edition of programme {0}", submission.programmeCode()));
		Branch branch = edition.getProgramme()
			.getBranches()
			.stream()
			.filter((candidate) -> candidate.getCode().equalsIgnoreCase(submission.branchCode()))
			.findFirst()
			.orElseThrow(() -> new InvalidSubmissionException("branchCode", "unknownBranch",
					"is not a branch of programme {0}", submission.programmeCode()));
		refuseDuplicate(submission.programmeCode(), submission.editionNumber(), branch.getCode(),
				submission.serviceUrl(), submission.title());
		String reference = nextReference(edition, branch);
		return this.nominations.save(new Nomination(reference, edition, branch, submission, this.clock.instant()));
	}

	/**
	 * Refuses a second nomination of the same service (its address, or its title when it
	 * has none) to the same branch of the same edition; a withdrawn nomination does not
	 * count.
	 */
	@Transactional(readOnly = true)
	public void refuseDuplicate(String programmeCode, int editionNumber, String branchCode, String serviceUrl,
			String title) {
		String service = serviceKey(serviceUrl, title);
		// Only the few nominations that can match are loaded, not the whole branch.
		this.nominations
			.findServiceCandidates(programmeCode, editionNumber, branchCode.toUpperCase(Locale.ROOT), service,
					service + "/")
			.stream()
			.filter((existing) -> existing.getStatus() != NominationStatus.WITHDRAWN)
			.filter((existing) -> service.equals(serviceKey(existing.getServiceUrl(), existing.getTitle())))
			.findFirst()
			.ifPresent((existing) -> {
				throw new InvalidSubmissionException(
						(serviceUrl != null && !serviceUrl.isBlank()) ? "serviceUrl" : "title", "duplicate",
						"is already nominated to this branch in this edition ({0})", existing.getReference());
			});
	}

	private static String serviceKey(String serviceUrl, String title) {
		String key = (serviceUrl != null && !serviceUrl.isBlank()) ? serviceUrl : title;
		key = key.trim().toLowerCase(Locale.ROOT);
		return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
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

	/** Mean and median of the review scores; the mean ranks the nomination. */
	@Transactional
	public void recordScores(String reference, BigDecimal mean, BigDecimal median) {
		get(reference).recordScores(mean, median, this.clock.instant());
	}

	@Transactional
	public void definePartners(String reference, List<String> partnerEntities) {
		get(reference).definePartners(partnerEntities, this.clock.instant());
	}

	/**
	 * Refuses a withdrawal the nomination does not allow (after the committee decided, or
	 * when it already ended), before anyone tells the process.
	 */
	@Transactional(readOnly = true)
	public void assertWithdrawable(String reference) {
		Nomination nomination = get(reference);
		if (!nomination.isWithdrawable()) {
			throw new IllegalStateException(
					"Nomination " + reference + " cannot be withdrawn: it is " + nomination.getStatus());
		}
	}

	/** Whether the nomination window of the nomination's edition has closed by now. */
	@Transactional(readOnly = true)
	public boolean nominationWindowClosed(String reference) {
		return !this.clock.instant().isBefore(get(reference).getEdition().getNominationClosesAt());
	}

	/**
	 * The eligible nominations of a branch that wait for the committee, best score first
	 * (then by reference).
	 */
	@Transactional(readOnly = true)
	public List<Nomination> rankedForCommittee(String programmeCode, int editionNumber, String branchCode) {
		return this.nominations.findInBranch(programmeCode, editionNumber, branchCode,
				EnumSet.of(NominationStatus.AWAITING_COMMITTEE));
	}

	/**
	 * True when no nomination of this one's branch (in its edition) is still being
	 * screened, clarified or reviewed.
	 */
	@Transactional(readOnly = true)
	public boolean reviewsCompleteInBranchOf(String reference) {
		Nomination nomination = get(reference);
		// The ids of the lazy edition and branch, without loading them.
		long editionId = nomination.getEdition().getId();
		long branchId = nomination.getBranch().getId();
		// The branch's counter row serialises this check: of two nominations leaving
		// review at the same time, the second sees the first's new status, so one of them
		// tells the edition.
		this.counters.findWithLockByKey(new NominationCounter.Key(editionId, branchId));
		return !this.nominations.existsBeforeCommitteeInBranch(editionId, branchId);
	}

	/**
	 * Which nomination of its entity in this branch and edition this one is (1 for the
	 * first), not counting withdrawn or ineligible ones.
	 */
	@Transactional(readOnly = true)
	public int entityNominationCount(String reference) {
		Nomination nomination = get(reference);
		return (int) this.nominations
			.findByEntityInBranch(nomination.getEdition().getId(), nomination.getBranch().getId(),
					normalised(nomination.getEntityName()))
			.stream()
			.filter((other) -> sameEntity(other, nomination))
			.filter((other) -> other.getId() <= nomination.getId())
			.filter((other) -> other == nomination || !NOT_COUNTED.contains(other.getStatus()))
			.count();
	}

	/**
	 * Whether the same service (same entity, and same service address or title) won this
	 * branch in one of the two previous editions.
	 */
	@Transactional(readOnly = true)
	public boolean wonBranchRecently(String reference) {
		Nomination nomination = get(reference);
		int edition = nomination.getEdition().getNumber();
		for (int previous = edition - 2; previous < edition; previous++) {
			if (previous < 1) {
				continue;
			}
			boolean won = this.nominations
				.findWinnersInBranch(nomination.getEdition().getProgramme().getCode(), previous,
						nomination.getBranch().getCode())
				.stream()
				.anyMatch((other) -> sameEntity(other, nomination) && sameService(other, nomination));
			if (won) {
				return true;
			}
		}
		return false;
	}

	@Transactional
	public Clarification requestClarification(String reference, String question) {
		Nomination nomination = get(reference);
		this.clarifications.findByNominationReferenceOrderByAskedAtDesc(reference)
			.forEach((open) -> open.expire(this.clock.instant()));
		return this.clarifications.save(new Clarification(nomination, question, this.clock.instant()));
	}

	/** Records the nominee's answer and, when given, the partner entities. */
	@Transactional
	public void answerClarification(String reference, String answer, List<String> partnerEntities) {
		openClarification(reference).answer(answer, this.clock.instant());
		if (partnerEntities != null && !partnerEntities.isEmpty()) {
			get(reference).definePartners(partnerEntities, this.clock.instant());
		}
	}

	@Transactional
	public void expireClarification(String reference) {
		openClarification(reference).expire(this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<Clarification> clarificationsOf(String reference) {
		return this.clarifications.findByNominationReferenceOrderByAskedAtDesc(reference);
	}

	private Clarification openClarification(String reference) {
		return this.clarifications.findByNominationReferenceOrderByAskedAtDesc(reference)
			.stream()
			.filter(Clarification::isOpen)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Nomination " + reference + " has no open clarification"));
	}

	private static boolean sameEntity(Nomination one, Nomination other) {
		return normalised(one.getEntityName()).equals(normalised(other.getEntityName()));
	}

	private static boolean sameService(Nomination one, Nomination other) {
		String url = normalised(one.getServiceUrl());
		if (!url.isEmpty() && url.equals(normalised(other.getServiceUrl()))) {
			return true;
		}
		return normalised(one.getTitle()).equals(normalised(other.getTitle()));
	}

	private static String normalised(String text) {
		return Objects.requireNonNullElse(text, "").strip().toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public Nomination get(String reference) {
		return this.nominations.findByReference(reference).orElseThrow(() -> new UnknownNominationException(reference));
	}

	/**
	 * An edition's branches are numbered from its start, so that its first nominations
	 * only wait for one another within a branch (the branch's counter row), not for the
	 * edition.
	 */
	@EventListener
	@Transactional
	public void on(EditionStarted started) {
		// The starter's copy may be detached (started outside a transaction).
		this.editions.findById(started.edition().getId()).ifPresent(this::createCounters);
	}

	private String nextReference(Edition edition, Branch branch) {
		NominationCounter.Key key = new NominationCounter.Key(edition.getId(), branch.getId());
		NominationCounter counter = this.counters.findWithLockByKey(key).orElseGet(() -> {
			// An edition started before its counters came with it, or a branch added
			// since: the edition's lock makes a concurrent first one wait, then find
			// the counters this one creates.
			this.editions.findWithLockById(edition.getId());
			createCounters(edition);
			return this.counters.findWithLockByKey(key).orElseThrow();
		});
		return String.format(Locale.ROOT, "%s-%d-%s-%04d", edition.getProgramme().getCode(), edition.getNumber(),
				branch.getCode(), counter.next());
	}

	private void createCounters(Edition edition) {
		Set<Long> counted = this.counters.findBranchIdsByEditionId(edition.getId());
		this.counters.saveAllAndFlush(edition.getProgramme()
			.getBranches()
			.stream()
			.filter((each) -> !counted.contains(each.getId()))
			.map((each) -> new NominationCounter(edition.getId(), each.getId()))
			.toList());
	}

}
