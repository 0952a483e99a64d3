package org.injaz.edition.process;

/**
 * The edition process's key, ids, messages and variable names: the contract with models,
 * forms, the nomination process and tests.
 */
public final class EditionProcess {

	public static final String KEY = "EditionProcess";

	public static final String TASK_ANNOUNCE = "Task_AnnounceResults";

	/** Correlated to every nomination of the edition when the window closes. */
	public static final String MESSAGE_WINDOW_CLOSED = "Message_NominationWindowClosed";

	/** Sent by the nomination side when one branch's reviews are all in. */
	public static final String MESSAGE_BRANCH_REVIEWS_COMPLETE = "Message_BranchReviewsComplete";

	/** Lets a coordinator or an integrator announce before the ceremony date. */
	public static final String MESSAGE_ANNOUNCE_RESULTS = "Message_AnnounceResults";

	/** Correlated to every nomination of the edition at the announcement. */
	public static final String MESSAGE_RESULTS_ANNOUNCED = "Message_ResultsAnnounced";

	/** Variable names. */
	public static final class Var {

		public static final String PROGRAMME_CODE = "programmeCode";

		/**
		 * The edition's coordinators, candidates of the announcement task (e.g.
		 * {@code coordinators/ach-4}).
		 */
		public static final String COORDINATOR_GROUP = "coordinatorGroup";

		public static final String EDITION_NUMBER = "editionNumber";

		/** ISO-8601 instants, read by the timers. */
		public static final String NOMINATION_OPENS_AT = "nominationOpensAt";

		public static final String NOMINATION_CLOSES_AT = "nominationClosesAt";

		public static final String REVIEW_DEADLINE = "reviewDeadline";

		public static final String CEREMONY_AT = "ceremonyAt";

		/** Element variable of the per-branch multi-instance. */
		public static final String BRANCH_CODE = "branchCode";

		public static final String NOMINATIONS_CLOSED = "nominationsClosed";

		public static final String NOMINATIONS_ANNOUNCED = "nominationsAnnounced";

		private Var() {
		}

	}

	private EditionProcess() {
	}

	/** For example {@code ACH-4}. */
	public static String businessKey(String programmeCode, int editionNumber) {
		return programmeCode + "-" + editionNumber;
	}

}
