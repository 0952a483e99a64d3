package org.injaz.nomination.process;

import java.util.List;
import java.util.Locale;

/**
 * The nomination process's key, ids and variable names: the contract with models, forms,
 * the edition and committee processes, and tests (see docs/processes/nomination.md).
 */
public final class NominationProcess {

	public static final String KEY = "NominationProcess";

	public static final String TASK_SCREEN = "Task_ScreenNomination";

	public static final String TASK_ANSWER_CLARIFICATION = "Task_AnswerClarification";

	public static final String TASK_ASSIGN_REVIEWERS = "Task_AssignReviewers";

	public static final String TASK_REVIEW = "Task_ReviewNomination";

	public static final String TASK_REASSIGN_REVIEW = "Task_ReassignReview";

	public static final String TASK_MODERATE_SCORES = "Task_ModerateScores";

	public static final String DECISION_ELIGIBILITY = "Decision_Eligibility";

	public static final String COMMITTEE = "committee";

	/** Message names; the messages' ids in the model are the same. */
	public static final class Message {

		/** To every nomination of an edition: the review phase may start. */
		public static final String NOMINATION_WINDOW_CLOSED = "Message_NominationWindowClosed";

		/** To one nomination (business key) with variable {@code committeeOutcome}. */
		public static final String COMMITTEE_DECIDED = "Message_CommitteeDecided";

		/** To every nomination of an edition: decided nominations become announced. */
		public static final String RESULTS_ANNOUNCED = "Message_ResultsAnnounced";

		/** To one nomination (business key): the nominee withdraws it. */
		public static final String NOMINATION_WITHDRAWN = "Message_NominationWithdrawn";

		/**
		 * From a nomination to the edition process (business key
		 * {@code <programmeCode>-<editionNumber>}, local variable {@code branchCode}).
		 */
		public static final String BRANCH_REVIEWS_COMPLETE = "Message_BranchReviewsComplete";

		private Message() {
		}

	}

	/** Variable names. */
	public static final class Var {

		public static final String PROGRAMME_CODE = "programmeCode";

		public static final String EDITION_NUMBER = "editionNumber";

		public static final String BRANCH_CODE = "branchCode";

		public static final String NOMINEE = "nominee";

		public static final String ENTITY_NAME = "entityName";

		public static final String ENTITY_TYPE = "entityType";

		public static final String TITLE = "title";

		public static final String SUMMARY = "summary";

		public static final String SERVICE_URL = "serviceUrl";

		/** Partner entities (G2G), one per line or comma-separated. */
		public static final String PARTNER_ENTITIES = "partnerEntities";

		public static final String NOMINATION_REFERENCE = "nominationReference";

		public static final String LEAD_MEASUREMENT = "leadMeasurement";

		public static final String PARTNER_COUNT = "partnerCount";

		public static final String ENTITY_NOMINATION_COUNT = "entityNominationCount";

		public static final String WON_BRANCH_RECENTLY = "wonBranchRecently";

		public static final String ELIGIBILITY = "eligibility";

		public static final String ELIGIBILITY_REASON_EN = "eligibilityReasonEn";

		public static final String ELIGIBILITY_REASON_AR = "eligibilityReasonAr";

		public static final String SCREENING_DECISION = "screeningDecision";

		public static final String SCREENING_REASON = "screeningReason";

		public static final String CLARIFICATION_QUESTION = "clarificationQuestion";

		/**
		 * Markdown links to the nomination's files, for the staff's task forms (set by
		 * casefile's glue whenever the files change; absent while there are none).
		 */
		public static final String ATTACHMENT_LINKS = "attachmentLinks";

		public static final String CLARIFICATION_ANSWER = "clarificationAnswer";

		public static final String NOMINATION_WINDOW_CLOSED = "nominationWindowClosed";

		public static final String REVIEWER_OPTIONS = "reviewerOptions";

		public static final String REVIEWERS_NEEDED = "reviewersNeeded";

		/** The coordinator's choice in Task_AssignReviewers: a JSON list of user ids. */
		public static final String REVIEWERS = "reviewers";

		/** The multi-instance element: the reviewer of one review (local). */
		/**
		 * The edition's coordinators, candidates of every coordinator task (e.g.
		 * {@code coordinators/ach-4}).
		 */
		public static final String COORDINATOR_GROUP = "coordinatorGroup";

		public static final String REVIEWER = "reviewer";

		public static final String REVIEW_DUE = "reviewDue";

		/**
		 * The branch's criteria as the review form labels its score fields, one per line
		 * in the branch's order (process scope, set when the first review opens): one
		 * variable, not a label and a count per criterion.
		 */
		public static final String CRITERION_LABELS = "criterionLabels";

		/** Prefix of the per-criterion score fields (task-local), 1-based. */
		public static final String CRITERION_SCORE = "criterionScore";

		public static final String REVIEW_COMMENT = "reviewComment";

		public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";

		/**
		 * Whether the expert handed the review back (transient: read by the gateway after
		 * the review and by the reassignment that follows in the same transaction).
		 */
		public static final String REVIEW_CONFLICTED = "reviewConflicted";

		public static final String REASSIGN_REASON = "reassignReason";

		public static final String PREVIOUS_REVIEWER = "previousReviewer";

		public static final String NEW_REVIEWER = "newReviewer";

		public static final String SCORE_MEAN = "scoreMean";

		public static final String SCORE_MEDIAN = "scoreMedian";

		public static final String SCORE_SPREAD = "scoreSpread";

		public static final String REVIEW_SUMMARY = "reviewSummary";

		/** The scores lie too far apart (transient: read by the gateway that follows). */
		public static final String NEEDS_MODERATION = "needsModeration";

		public static final String MODERATION_DECISION = "moderationDecision";

		public static final String EXTRA_REVIEWER = "extraReviewer";

		public static final String COMMITTEE_OUTCOME = "committeeOutcome";

		private Var() {
		}

	}

	private NominationProcess() {
	}

	/** The candidate group of a branch's expert reviewers, a Keycloak group path. */
	public static String reviewerGroup(String branchCode) {
		return "reviewers/" + branchCode.toLowerCase(Locale.ROOT);
	}

	/** The labels {@link Var#CRITERION_LABELS} holds, in order (none when unset). */
	public static List<String> criterionLabels(Object value) {
		return (value == null || value.toString().isBlank()) ? List.of() : List.of(value.toString().split("\n"));
	}

	/** The edition process's business key, e.g. {@code ACH-4}. */
	public static String editionKey(String programmeCode, int editionNumber) {
		return programmeCode + "-" + editionNumber;
	}

}
