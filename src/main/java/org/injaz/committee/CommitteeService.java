package org.injaz.committee;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.injaz.edition.Branch;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.Nominations;

import org.injaz.review.ConflictOfInterest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's work on one branch of an edition: the ranked candidates, the members'
 * votes and the chair's final decision, each checked against the branch's limits.
 */
@Service
public class CommitteeService {

	private final CommitteeCandidates candidates;

	private final CommitteeVotes votes;

	private final CommitteeDecisions decisions;

	private final Editions editions;

	private final Clock clock;

	private final ConflictOfInterest conflictOfInterest;

	private final Nominations nominations;

	CommitteeService(CommitteeCandidates candidates, CommitteeVotes votes, CommitteeDecisions decisions,
			Editions editions, Clock clock, ConflictOfInterest conflictOfInterest, Nominations nominations) {
		this.conflictOfInterest = conflictOfInterest;
		this.nominations = nominations;
		this.candidates = candidates;
		this.votes = votes;
		this.decisions = decisions;
		this.editions = editions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Candidate> ranked(BranchKey key) {
		return this.candidates.ranked(key);
	}

	/** True when the branch's nominations are all past review (or there are none). */
	@Transactional(readOnly = true)
	public boolean reviewsComplete(BranchKey key) {
		return this.candidates.reviewsComplete(key);
	}

	@Transactional(readOnly = true)
	public BranchLimits limits(BranchKey key) {
		Branch branch = branch(edition(key), key);
		return new BranchLimits(branch.getMaxWinners(), branch.getMaxFinalists());
	}

	/**
	 * Records a member's vote: the winners and finalists they recommend, every other
	 * candidate not awarded. A second vote by the same member replaces the first. A
	 * member never votes on a nomination of an entity they work for (separation of
	 * duties): naming it is refused, and they abstain on it.
	 */
	@Transactional
	public void recordVote(BranchKey key, String member, Collection<String> winners, Collection<String> finalists) {
		Edition edition = edition(key);
		Branch branch = branch(edition, key);
		Set<String> conflicted = conflictedCandidates(key, member);
		Stream.concat(winners.stream(), finalists.stream())
			.filter(conflicted::contains)
			.findFirst()
			.ifPresent((reference) -> {
				throw new DecisionRefusedException(member + " works for the nominating entity of " + reference
						+ " and may not vote on it (separation of duties)");
			});
		Map<String, NominationOutcome> outcomes = Selection.of(winners, finalists)
			.outcomes(references(key), branch.getMaxWinners(), branch.getMaxFinalists());
		this.votes.deleteAll(this.votes.findByEditionIdAndBranchIdAndMember(edition.getId(), branch.getId(), member));
		this.votes.flush();
		outcomes.forEach((reference, outcome) -> {
			if (!conflicted.contains(reference)) {
				this.votes.save(new CommitteeVote(edition.getId(), branch.getId(), member, reference, outcome,
						this.clock.instant()));
			}
		});
	}

	/**
	 * The candidates of the nominating entity or a partner entity (G2G) the person works
	 * for.
	 */
	private Set<String> conflictedCandidates(BranchKey key, String person) {
		return this.candidates.ranked(key)
			.stream()
			.filter((candidate) -> this.nominations.findByReference(candidate.reference())
				.map((nomination) -> this.conflictOfInterest.conflicts(person, nomination))
				.orElseGet(() -> this.conflictOfInterest.conflicts(person, candidate.entity())))
			.map(Candidate::reference)
			.collect(Collectors.toSet());
	}

	/** The votes per candidate, in ranking order. */
	@Transactional(readOnly = true)
	public List<VoteTally> tally(BranchKey key) {
		Edition edition = edition(key);
		List<CommitteeVote> cast = this.votes.findByEditionIdAndBranchId(edition.getId(), branch(edition, key).getId());
		return this.candidates.ranked(key).stream().map((candidate) -> {
			List<NominationOutcome> outcomes = cast.stream()
				.filter((vote) -> vote.getNominationReference().equals(candidate.reference()))
				.map(CommitteeVote::getOutcome)
				.toList();
			return new VoteTally(candidate, count(outcomes, NominationOutcome.WINNER),
					count(outcomes, NominationOutcome.FINALIST), count(outcomes, NominationOutcome.NOT_AWARDED));
		}).toList();
	}

	/**
	 * The chair's final decision: refused, recording nothing, if it names more winners or
	 * finalists than the branch allows, a nomination that is not a candidate, or if the
	 * branch was already decided.
	 */
	@Transactional
	public Map<String, NominationOutcome> finalise(BranchKey key, String chair, Collection<String> winners,
			Collection<String> finalists) {
		Edition edition = edition(key);
		Branch branch = branch(edition, key);
		if (this.decisions.findByEditionIdAndBranchId(edition.getId(), branch.getId()).isPresent()) {
			throw new DecisionRefusedException("Branch " + key + " is already decided");
		}
		// The chair decides every candidate of the branch, so one conflict hands the
		// branch to another chair.
		conflictedCandidates(key, chair).stream().findFirst().ifPresent((reference) -> {
			throw new DecisionRefusedException(chair + " works for the nominating entity of " + reference
					+ " and may not decide this branch (separation of duties); another chair must");
		});
		Map<String, NominationOutcome> outcomes = Selection.of(winners, finalists)
			.outcomes(references(key), branch.getMaxWinners(), branch.getMaxFinalists());
		this.decisions
			.save(new CommitteeDecision(edition.getId(), branch.getId(), chair, outcomes, this.clock.instant()));
		return outcomes;
	}

	/** The decided outcome per nomination of the branch. */
	@Transactional(readOnly = true)
	public Map<String, NominationOutcome> outcomes(BranchKey key) {
		Edition edition = edition(key);
		return this.decisions.findByEditionIdAndBranchId(edition.getId(), branch(edition, key).getId())
			.map(CommitteeDecision::getOutcomes)
			.orElseThrow(() -> new IllegalStateException("Branch " + key + " has no committee decision yet"));
	}

	private List<String> references(BranchKey key) {
		return this.candidates.ranked(key).stream().map(Candidate::reference).toList();
	}

	private Edition edition(BranchKey key) {
		return this.editions.findByProgrammeCodeAndNumber(key.programmeCode(), key.editionNumber())
			.orElseThrow(() -> new IllegalArgumentException(
					"No edition " + key.editionNumber() + " of programme " + key.programmeCode()));
	}

	private static Branch branch(Edition edition, BranchKey key) {
		return edition.getProgramme()
			.getBranches()
			.stream()
			.filter((branch) -> branch.getCode().equals(key.branchCode()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No branch " + key.branchCode() + " in " + key));
	}

	private static long count(List<NominationOutcome> outcomes, NominationOutcome outcome) {
		return outcomes.stream().filter(outcome::equals).count();
	}

}
