package org.injaz.committee;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.injaz.nomination.NominationOutcome;

/**
 * The winners and finalists a member votes for or the chair decides; every other
 * candidate is NOT_AWARDED.
 */
public record Selection(Set<String> winners, Set<String> finalists) {

	public Selection {
		winners = (winners != null) ? Set.copyOf(winners) : Set.of();
		finalists = (finalists != null) ? Set.copyOf(finalists) : Set.of();
	}

	public static Selection of(Collection<String> winners, Collection<String> finalists) {
		return new Selection((winners != null) ? new LinkedHashSet<>(winners) : null,
				(finalists != null) ? new LinkedHashSet<>(finalists) : null);
	}

	/**
	 * One outcome per candidate, in the candidates' order. Refuses a selection that names
	 * a nomination twice or one that is not a candidate, or more winners or finalists
	 * than the branch allows.
	 */
	public Map<String, NominationOutcome> outcomes(List<String> candidates, int maxWinners, int maxFinalists) {
		for (String reference : this.winners) {
			if (this.finalists.contains(reference)) {
				throw new DecisionRefusedException(reference + " cannot be both winner and finalist");
			}
		}
		for (String reference : union()) {
			if (!candidates.contains(reference)) {
				throw new DecisionRefusedException(reference + " is not a candidate of this branch");
			}
		}
		if (this.winners.size() > maxWinners) {
			throw new DecisionRefusedException(
					"The branch allows at most " + maxWinners + " winner(s), got " + this.winners.size());
		}
		if (this.finalists.size() > maxFinalists) {
			throw new DecisionRefusedException(
					"The branch allows at most " + maxFinalists + " finalist(s), got " + this.finalists.size());
		}
		Map<String, NominationOutcome> outcomes = new LinkedHashMap<>();
		for (String reference : candidates) {
			outcomes.put(reference, this.winners.contains(reference) ? NominationOutcome.WINNER
					: this.finalists.contains(reference) ? NominationOutcome.FINALIST : NominationOutcome.NOT_AWARDED);
		}
		return outcomes;
	}

	private Set<String> union() {
		Set<String> all = new LinkedHashSet<>(this.winners);
		all.addAll(this.finalists);
		return all;
	}

}
