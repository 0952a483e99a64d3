package org.injaz.committee.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.injaz.committee.BranchKey;

/**
 * The committee process's key, ids and variable names: the contract with models, forms
 * and tests.
 */
public final class CommitteeProcess {

	public static final String KEY = "CommitteeProcess";

	public static final String TASK_CAST_VOTE = "Task_CastVote";

	public static final String TASK_FINALISE = "Task_FinaliseDecision";

	/** Every member of this group votes. */
	public static final String COMMITTEE = "committee";

	/** The chairs finalise the decision. */
	public static final String CHAIRS = "committee/chairs";

	/** Sent to each nomination process, by business key, with its outcome. */
	public static final String MESSAGE_COMMITTEE_DECIDED = "Message_CommitteeDecided";

	/** Variable names. */
	public static final class Var {

		public static final String PROGRAMME_CODE = "programmeCode";

		public static final String EDITION_NUMBER = "editionNumber";

		public static final String BRANCH_CODE = "branchCode";

		/** In the edition process, per branch: the branch is ready for its committee. */
		public static final String BRANCH_REVIEWS_COMPLETE = "branchReviewsComplete";

		public static final String RANKED_NOMINATIONS = "rankedNominations";

		public static final String RANKED_NOMINATIONS_TEXT = "rankedNominationsText";

		public static final String CANDIDATE_OPTIONS = "candidateOptions";

		public static final String HAS_CANDIDATES = "hasCandidates";

		public static final String MAX_WINNERS = "maxWinners";

		public static final String MAX_FINALISTS = "maxFinalists";

		public static final String COMMITTEE_MEMBER = "committeeMember";

		/** Task-local: the winners and finalists one member votes for. */
		public static final String VOTE_WINNERS = "voteWinners";

		public static final String VOTE_FINALISTS = "voteFinalists";

		public static final String VOTE_TALLY = "voteTally";

		/** The chair's decision. */
		public static final String WINNERS = "winners";

		public static final String FINALISTS = "finalists";

		public static final String OUTCOMES_DELIVERED = "outcomesDelivered";

		public static final String OUTCOMES_SKIPPED = "outcomesSkipped";

		/** Set on each nomination process with Message_CommitteeDecided. */
		public static final String COMMITTEE_OUTCOME = "committeeOutcome";

		private Var() {
		}

	}

	private CommitteeProcess() {
	}

	/** The branch of the edition a committee process decides on. */
	static BranchKey branch(VariableScope scope) {
		return new BranchKey((String) scope.getVariable(Var.PROGRAMME_CODE),
				((Number) scope.getVariable(Var.EDITION_NUMBER)).intValue(),
				(String) scope.getVariable(Var.BRANCH_CODE));
	}

}
