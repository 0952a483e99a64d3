package org.injaz.nomination.process;

/**
 * The nomination process's key and variable names: the contract with models, forms and
 * tests.
 */
public final class NominationProcess {

	public static final String KEY = "NominationProcess";

	public static final String TASK_SCREEN = "Task_ScreenNomination";

	public static final String TASK_REVIEW = "Task_ReviewNomination";

	public static final String TASK_DECIDE = "Task_DecideNomination";

	public static final String DECISION_ELIGIBILITY = "Decision_Eligibility";

	public static final String COORDINATORS = "coordinators";

	public static final String COMMITTEE = "committee";

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

		public static final String NOMINATION_REFERENCE = "nominationReference";

		public static final String REVIEWER_GROUP = "reviewerGroup";

		public static final String ELIGIBILITY = "eligibility";

		public static final String ELIGIBILITY_REASON_EN = "eligibilityReasonEn";

		public static final String ELIGIBILITY_REASON_AR = "eligibilityReasonAr";

		public static final String SCREENING_DECISION = "screeningDecision";

		public static final String SCREENING_REASON = "screeningReason";

		public static final String REVIEWER = "reviewer";

		public static final String REVIEWER_OPTIONS = "reviewerOptions";

		public static final String REVIEW_SCORE = "reviewScore";

		public static final String REVIEW_COMMENT = "reviewComment";

		public static final String COMMITTEE_OUTCOME = "committeeOutcome";

		private Var() {
		}

	}

	private NominationProcess() {
	}

	/** The candidate group of a branch's expert reviewers, a Keycloak group path. */
	public static String reviewerGroup(String branchCode) {
		return "reviewers/" + branchCode.toLowerCase(java.util.Locale.ROOT);
	}

}
