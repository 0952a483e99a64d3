package org.injaz.nomination.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.edition.EditionCoordinators;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.NominationProcess.Message;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.Review;
import org.injaz.review.ReviewService;
import org.injaz.review.ReviewStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The nomination process with its real delegates, listeners, DMN and services on the
 * embedded application (private in-memory H2, the demo's award, entities and
 * measurements): eligibility facts from the measurement, clarification with partners,
 * conflict of interest, moderation, withdrawal.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:nomination-lifecycle;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class NominationLifecycleTest {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskService taskService;

	@Autowired
	NominationService nominationService;

	@Autowired
	Nominations nominations;

	@Autowired
	ReviewService reviews;

	@Autowired
	NominationWithdrawals withdrawals;

	@Autowired
	ClarificationAnswers clarificationAnswers;

	@Autowired
	NominationTimeline timeline;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	IdentityService identityService;

	@Test
	void theEditionsCoordinatorsReadTheCaseAndItsHistoryThroughOneInstanceGrant() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Commerce", "reviewer1,reviewer2");
		String group = EditionCoordinators
			.group((String) this.runtimeService.getVariable(nomination.getId(), Var.PROGRAMME_CODE), Integer
				.parseInt(String.valueOf(this.runtimeService.getVariable(nomination.getId(), Var.EDITION_NUMBER))));

		// Three tasks so far (the assignment, two reviews): one grant of the instance and
		// one of its history, none of the reviews' history.
		assertThat(
				this.authorizations.createAuthorizationQuery().groupIdIn(group).resourceId(nomination.getId()).list())
			.extracting(Authorization::getResourceType)
			.containsExactlyInAnyOrder(Resources.PROCESS_INSTANCE.resourceType(),
					Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
		for (String reviewer : List.of("reviewer1", "reviewer2")) {
			assertThat(this.authorizations.createAuthorizationQuery()
				.groupIdIn(group)
				.resourceType(Resources.HISTORIC_TASK)
				.resourceId(review(nomination, reviewer).getId())
				.count()).isZero();
		}

		assertThat(historicTasksSeenBy(nomination, group)).hasSize(3);
		assertThat(historicVariablesSeenBy(nomination, group)).isPositive();
		assertThat(historicTasksSeenBy(nomination, EditionCoordinators.group("ACH", 99))).isEmpty();
		assertThat(historicVariablesSeenBy(nomination, EditionCoordinators.group("ACH", 99))).isZero();
	}

	@Test
	void eLeadershipFollowsTheEntitysLatestMeasurement() {
		// Emirate of Makkah: 70.12% in Excellence & Improvement, above the threshold of
		// 60.
		assertThat(eligibility(submit("LEAD", "إمارة منطقة مكة المكرمة · Emirate of Makkah Region", "GOVERNMENT",
				"Makkah e-services")))
			.isEqualTo("ELIGIBLE");
		// Saudi Post: 38.60%.
		assertThat(eligibility(submit("LEAD", "البريد السعودي · Saudi Post", "SEMI_GOVERNMENT", "Postal services")))
			.isEqualTo("INELIGIBLE");
	}

	@Test
	void aFourthNominationOfAnEntityInABranchIsIneligible() {
		for (int i = 1; i <= 3; i++) {
			assertThat(eligibility(submit("EPART", "Ministry of Justice", "GOVERNMENT", "Consultation " + i)))
				.isEqualTo("ELIGIBLE");
		}
		ProcessInstance fourth = submit("EPART", "Ministry of Justice", "GOVERNMENT", "Consultation 4");

		assertThat(eligibility(fourth)).isEqualTo("INELIGIBLE");
		assertThat(status(fourth)).isEqualTo(NominationStatus.INELIGIBLE);
	}

	@Test
	void aCooperationNamesItsPartnersWhenAskedAndBecomesEligible() {
		ProcessInstance nomination = submit("G2G", "Ministry of Health", "GOVERNMENT", "Shared health records");
		assertThat(status(nomination)).isEqualTo(NominationStatus.CLARIFICATION_REQUESTED);
		Task answer = task(nomination, NominationProcess.TASK_ANSWER_CLARIFICATION);
		assertThat(answer.getAssignee()).isEqualTo("nominee1");
		assertThat(this.nominationService.clarificationsOf(nomination.getBusinessKey())).singleElement()
			.satisfies((clarification) -> assertThat(clarification.getQuestion()).contains("partner entity"));

		this.taskService.complete(answer.getId(), Map.of(Var.CLARIFICATION_ANSWER,
				"Built with the Ministry of Interior", Var.PARTNER_ENTITIES, "Ministry of Interior\nSaudi Post"));

		assertThat(status(nomination)).isEqualTo(NominationStatus.AWAITING_REVIEW);
		assertThat(this.nominationService.get(nomination.getBusinessKey()).getPartnerEntities())
			.containsExactly("Ministry of Interior", "Saudi Post");
		assertThat(this.nominationService.clarificationsOf(nomination.getBusinessKey())).singleElement()
			.satisfies((clarification) -> assertThat(clarification.getAnswer()).contains("Ministry of Interior"));
	}

	@Test
	void aNomineeAnswersWithoutTasklistAndOnlyTheirOwnQuestion() {
		ProcessInstance nomination = submit("G2G", "Ministry of Health", "GOVERNMENT", "Shared appointments");
		String reference = nomination.getBusinessKey();

		assertThat(this.clarificationAnswers.openQuestion(reference, "nominee1")).contains("partner entity");
		assertThatExceptionOfType(UnknownNominationException.class)
			.isThrownBy(() -> this.clarificationAnswers.answer(reference, "nominee2", "Not mine", List.of()));

		this.clarificationAnswers.answer(reference, "nominee1", "With Saudi Post", List.of("Saudi Post"));

		assertThat(status(nomination)).isEqualTo(NominationStatus.AWAITING_REVIEW);
		assertThatExceptionOfType(UnknownNominationException.class)
			.isThrownBy(() -> this.clarificationAnswers.openQuestion(reference, "nominee1"));
	}

	@Test
	void addingReviewersStopsAtOneWhoHasTheNominationAndKeepsNoneOfTheOthers() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Energy", "reviewer1");

		assertThatThrownBy(() -> this.reviews.assign(nomination.getBusinessKey(), List.of("reviewer3", "reviewer1")))
			.hasMessageContaining("reviewer1 already had nomination " + nomination.getBusinessKey());

		assertThat(this.reviews.reviewsOf(nomination.getBusinessKey())).extracting(Review::getReviewer)
			.containsExactly("reviewer1");
	}

	@Test
	void aReviewerWithAConflictHandsTheReviewBackAndAnotherTakesIt() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Culture", "reviewer1");

		this.taskService.complete(review(nomination, "reviewer1").getId(),
				Map.of(Var.CONFLICT_OF_INTEREST, true, Var.REVIEW_COMMENT, "I advised on this project"));
		Task reassign = task(nomination, NominationProcess.TASK_REASSIGN_REVIEW);
		assertThat(this.taskService.getVariable(reassign.getId(), Var.REASSIGN_REASON))
			.isEqualTo("CONFLICT_OF_INTEREST");
		assertThat(this.runtimeService.getVariable(nomination.getId(), Var.REVIEWER_OPTIONS).toString())
			.contains("reviewer3")
			.doesNotContain("reviewer1");
		// Who had the nomination once does not get it again.
		assertThatThrownBy(() -> this.taskService.complete(reassign.getId(), Map.of(Var.NEW_REVIEWER, "reviewer1")))
			.hasMessageContaining("reviewer1 already had nomination " + nomination.getBusinessKey());
		this.taskService.complete(reassign.getId(), Map.of(Var.NEW_REVIEWER, "reviewer3"));

		score(nomination, "reviewer3", 7);
		assertThat(status(nomination)).isEqualTo(NominationStatus.AWAITING_COMMITTEE);
		assertThat(this.reviews.reviewsOf(nomination.getBusinessKey()))
			.extracting(Review::getReviewer, Review::getStatus)
			.containsExactly(tuple("reviewer1", ReviewStatus.CONFLICTED), tuple("reviewer3", ReviewStatus.SUBMITTED));
		assertThat(this.nominationService.get(nomination.getBusinessKey()).getScore()).isEqualByComparingTo("70");
	}

	@Test
	void theCriteriaAreTheNominationsStoredOnceAndEachReviewHasItsOwnDueDate() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Sport", "reviewer1,reviewer3");

		// One variable for all of them, one line per criterion.
		List<VariableInstance> labels = this.runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(nomination.getId())
			.variableName(Var.CRITERION_LABELS)
			.list();
		List<String> criteria = this.transactions
			.execute((status) -> this.reviews.criteriaOf(nomination.getBusinessKey())
				.stream()
				.map((criterion) -> criterion.getNameEn() + " (" + criterion.getWeight() + "%) — 0–10")
				.toList());
		assertThat(labels).singleElement().satisfies((label) -> {
			assertThat(label.getExecutionId()).isEqualTo(nomination.getId());
			List<String> lines = NominationProcess.criterionLabels(label.getValue());
			assertThat(lines).hasSameSizeAs(criteria);
			for (int i = 0; i < criteria.size(); i++) {
				assertThat(lines.get(i)).endsWith(criteria.get(i));
			}
		});
		for (String reviewer : List.of("reviewer1", "reviewer3")) {
			Task review = review(nomination, reviewer);
			assertThat(this.taskService.getVariable(review.getId(), Var.CRITERION_LABELS))
				.isEqualTo(labels.get(0).getValue());
		}
		assertThat(this.runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(nomination.getId())
			.variableName(Var.REVIEW_DUE)
			.count()).isEqualTo(2);

		// The review form's fields are declared empty in each review: no history detail
		// for
		// that, only for the value a reviewer submits.
		assertThat(scoreDetails(nomination)).isEmpty();
		score(nomination, "reviewer1", 7);
		assertThat(scoreDetails(nomination)).extracting((detail) -> detail.getValue()).containsExactly(7);

		// The gateways' flags (conflict after a review, moderation after the last) are
		// transient: read in their transaction, never stored.
		score(nomination, "reviewer3", 7);
		assertThat(this.nominationService.get(nomination.getBusinessKey()).getStatus())
			.isEqualTo(NominationStatus.AWAITING_COMMITTEE);
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(nomination.getId())
			.variableNameIn(Var.REVIEW_CONFLICTED, Var.NEEDS_MODERATION, "reviewerGroup")
			.count()).isZero();
	}

	private List<HistoricVariableUpdate> scoreDetails(ProcessInstance nomination) {
		return this.historyService.createHistoricDetailQuery()
			.processInstanceId(nomination.getId())
			.variableUpdates()
			.list()
			.stream()
			.map(HistoricVariableUpdate.class::cast)
			.filter((detail) -> detail.getVariableName().equals(Var.CRITERION_SCORE + 1))
			.toList();
	}

	@Test
	void reviewersFarApartAreModeratedWithTheScoresInTheModeratorsTaskOnly() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Tourism", "reviewer1,reviewer3");
		score(nomination, "reviewer1", 10);
		score(nomination, "reviewer3", 2);

		Task moderation = task(nomination, NominationProcess.TASK_MODERATE_SCORES);
		assertThat(this.taskService.getVariable(moderation.getId(), Var.REVIEW_SUMMARY).toString())
			.contains("reviewer1: SUBMITTED 100.00/100", "reviewer3: SUBMITTED 20.00/100", "Spread 80.00");
		assertThat(this.runtimeService.getVariables(nomination.getId())).doesNotContainKeys(Var.REVIEW_SUMMARY,
				Var.CRITERION_SCORE + 1);
		this.taskService.complete(moderation.getId(), Map.of(Var.MODERATION_DECISION, "ACCEPT"));

		Nomination reviewed = this.nominationService.get(nomination.getBusinessKey());
		assertThat(reviewed.getStatus()).isEqualTo(NominationStatus.AWAITING_COMMITTEE);
		assertThat(reviewed.getScore()).isEqualByComparingTo("60");
		assertThat(reviewed.getMedianScore()).isEqualByComparingTo("60");
		assertThat(this.nominationService.rankedForCommittee("ACH", 4, "G2C")).extracting(Nomination::getReference)
			.contains(reviewed.getReference());
	}

	@Test
	void theTimelineNamesTheMilestonesPassedInTheirOrder() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Media", "reviewer1,reviewer3");
		assertThat(milestones(nomination)).containsExactly("SUBMITTED", "ELIGIBILITY_CHECKED", "AWAITING_REVIEW",
				"WINDOW_CLOSED", "IN_REVIEW", "REVIEWERS_ASSIGNED");

		score(nomination, "reviewer1", 7);
		score(nomination, "reviewer3", 8);

		assertThat(milestones(nomination)).containsExactly("SUBMITTED", "ELIGIBILITY_CHECKED", "AWAITING_REVIEW",
				"WINDOW_CLOSED", "IN_REVIEW", "REVIEWERS_ASSIGNED", "REVIEWS_COMPLETE", "AWAITING_COMMITTEE");
		assertThat(this.timeline.of("NO-SUCH-REFERENCE", null)).isEmpty();
	}

	private List<String> milestones(ProcessInstance nomination) {
		return this.timeline.of(nomination.getBusinessKey(), null)
			.stream()
			.filter((entry) -> entry.source().equals("MILESTONE"))
			.map(NominationTimeline.Entry::kind)
			.toList();
	}

	@Test
	void aNomineeWithdrawsDuringTheReviewButNotOnceDecided() {
		ProcessInstance nomination = inReview("G2C", "Ministry of Education", "reviewer1");

		this.withdrawals.withdraw(nomination.getBusinessKey());

		assertThat(status(nomination)).isEqualTo(NominationStatus.WITHDRAWN);
		assertThat(milestones(nomination)).endsWith("REVIEWERS_ASSIGNED", "WITHDRAWN");
		assertThat(this.taskService.createTaskQuery().processInstanceId(nomination.getId()).count()).isZero();

		Nomination decided = this.nominations.findAll()
			.stream()
			.filter((candidate) -> candidate.getStatus() == NominationStatus.DECIDED)
			.findFirst()
			.orElseThrow();
		assertThatIllegalStateException().isThrownBy(() -> this.withdrawals.withdraw(decided.getReference()))
			.withMessageContaining("DECIDED");
		assertThat(this.nominationService.get(decided.getReference()).getStatus()).isEqualTo(NominationStatus.DECIDED);
	}

	private List<String> historicTasksSeenBy(ProcessInstance nomination, String group) {
		this.identityService.setAuthentication("an-edition-coordinator", List.of(group));
		try {
			return this.historyService.createHistoricTaskInstanceQuery()
				.processInstanceId(nomination.getId())
				.list()
				.stream()
				.map((task) -> task.getTaskDefinitionKey())
				.toList();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private long historicVariablesSeenBy(ProcessInstance nomination, String group) {
		this.identityService.setAuthentication("an-edition-coordinator", List.of(group));
		try {
			return this.historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(nomination.getId())
				.count();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private ProcessInstance submit(String branch, String entity, String entityType, String title) {
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, "nominee1", Var.BRANCH_CODE, branch, Var.ENTITY_NAME, entity, Var.ENTITY_TYPE,
						entityType, Var.TITLE, title, Var.SERVICE_URL, "https://example.gov.sa/" + title.hashCode()));
	}

	private ProcessInstance inReview(String branch, String entity, String reviewers) {
		ProcessInstance nomination = submit(branch, entity, "GOVERNMENT", "Service of " + entity);
		this.runtimeService.createMessageCorrelation(Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(nomination.getBusinessKey())
			.correlate();
		this.taskService.complete(task(nomination, NominationProcess.TASK_ASSIGN_REVIEWERS).getId(),
				Map.of(Var.REVIEWERS, reviewers));
		return nomination;
	}

	private void score(ProcessInstance nomination, String reviewer, int score) {
		Task task = review(nomination, reviewer);
		Map<String, Object> variables = new HashMap<>();
		int criteria = NominationProcess
			.criterionLabels(this.taskService.getVariable(task.getId(), Var.CRITERION_LABELS))
			.size();
		for (int i = 1; i <= criteria; i++) {
			variables.put(Var.CRITERION_SCORE + i, score);
		}
		variables.put(Var.REVIEW_COMMENT, "Scored " + score);
		this.taskService.complete(task.getId(), variables);
	}

	private Task review(ProcessInstance nomination, String reviewer) {
		return this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee(reviewer)
			.singleResult();
	}

	private Task task(ProcessInstance nomination, String key) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(key)
			.singleResult();
		assertThat(task).as("open task %s", key).isNotNull();
		return task;
	}

	private String eligibility(ProcessInstance nomination) {
		return (String) this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(nomination.getId())
			.variableName(Var.ELIGIBILITY)
			.singleResult()
			.getValue();
	}

	private NominationStatus status(ProcessInstance nomination) {
		return this.nominationService.get(nomination.getBusinessKey()).getStatus();
	}

}
