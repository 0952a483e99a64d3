package org.injaz.committee;

/**
 * How the members voted on one candidate.
 */
public record VoteTally(Candidate candidate, long winner, long finalist, long notAwarded) {

	/**
	 * For example "ACH-4-G2C-0001 · Sehhaty (Ministry of Health), 87.50: winner 2,
	 * finalist 1, not awarded 0".
	 */
	public String line() {
		return this.candidate.reference() + " · " + this.candidate.title() + " (" + this.candidate.entity() + "), "
				+ this.candidate.score() + ": فائز · winner " + this.winner + ", متأهل · finalist " + this.finalist
				+ ", لم يفز · not awarded " + this.notAwarded;
	}

}
