package org.injaz.nomination.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.process.NominationProcess.Message;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.ConflictOfInterestException;
import org.injaz.review.process.ReviewSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The nomination process on the engine alone, one test per path. The Spring beans the
 * model names are replaced by small stand-ins (an in-memory review panel among them), so
 * the model's wiring (expressions, candidate groups, forms, timers, messages, DMN
 * mapping, gateways) is what is under test; the engine clock drives the timers.
 */
@Deployment(resources = { "bpmn/nomination.bpmn", "bpmn/eligibility.dmn", "bpmn/submit-nomination.form",
		"bpmn/screen-nomination.form", "bpmn/answer-clarification.form", "bpmn/assign-reviewers.form",
		"bpmn/review-nomination.form", "bpmn/reassign-review.form", "bpmn/moderate-scores.form" })
class NominationProcessTest {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("camunda-process-test.cfg.xml")
		.build();

	private static final String REFERENCE = "ACH-4-G2C-0001";

	private static final String NOMINEE = "nominee1";

	private static final String CONFLICTED = "conflicted-expert";

	private static final Date NOW = new Date(1_780_000_000_000L);

	private static final long DAY = 24L * 60 * 60 * 1000;

	/** Coordinator tasks go to the edition's coordinators only. */
	private static final String EDITION_COORDINATORS = "coordinators/ach-4";

	private static final String START = "StartEvent_NominationSubmitted";

	private static final String REGISTER = "Task_RegisterNomination";

	private static final String COLLECT_FACTS = "Task_CollectEligibilityFacts";

	private static final String DECIDE_ELIGIBILITY = "Task_DecideEligibility";

	/** Everything up to the committee's decision happens in this subprocess. */
	private static final String UNTIL_DECIDED = "SubProcess_UntilDecided";

	private static final String WAIT_WINDOW = "CatchEvent_NominationWindowClosed";

	private static final String WAIT_COMMITTEE = "CatchEvent_CommitteeDecided";

	private static final String WAIT_ANNOUNCEMENT = "CatchEvent_ResultsAnnounced";

	private static final String AGGREGATE = "Task_AggregateScores";

	private static final String END_ANNOUNCED = "EndEvent_NominationAnnounced";

	private static final String END_INELIGIBLE = "EndEvent_NominationIneligible";

	private static final String END_WITHDRAWN = "EndEvent_NominationWithdrawn";

	private final RecordingNominationStatus nominationStatus = new RecordingNominationStatus();

	private final FakeReviewPanel reviewPanel = new FakeReviewPanel();

	private final List<String> reminders = new ArrayList<>();

	private final List<String> clarifications = new ArrayList<>();

	private final List<NominationOutcome> decisions = new ArrayList<>();

	private final List<String> checkedAssignees = new ArrayList<>();

	private int branchNotifications;

	// Facts the eligibility rules read, as CollectEligibilityFactsDelegate would find
	// them.
	private String leadMeasurement = "MET";

	private int partnerCount = 0;

	private boolean windowClosed = false;

	@BeforeEach
	void registerStandIns() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(NOW);
		Mocks.register("registerNominationDelegate", (JavaDelegate) this::register);
		Mocks.register("collectEligibilityFactsDelegate", (JavaDelegate) (execution) -> {
			execution.setVariable(Var.LEAD_MEASUREMENT, this.leadMeasurement);
			execution.setVariable(Var.PARTNER_COUNT, this.partnerCount);
			execution.setVariable(Var.ENTITY_NOMINATION_COUNT, 1);
			execution.setVariable(Var.WON_BRANCH_RECENTLY, false);
		});
		Mocks.register("nominationStatus", this.nominationStatus);
		Mocks.register("checkNominationWindowDelegate",
				(JavaDelegate) (execution) -> execution.setVariable(Var.NOMINATION_WINDOW_CLOSED, this.windowClosed));
		Mocks.register("requestClarificationDelegate", (JavaDelegate) (execution) -> this.clarifications
			.add((String) execution.getVariable(Var.CLARIFICATION_QUESTION)));
		Mocks.register("recordClarificationAnswerDelegate", (JavaDelegate) (execution) -> {
			this.partnerCount = ProcessValues.list(execution.getVariable(Var.PARTNER_ENTITIES)).size();
			execution.setVariable(Var.CLARIFICATION_QUESTION, null);
		});
		Mocks.register("expireClarificationDelegate",
				(JavaDelegate) (execution) -> execution.setVariable(Var.ELIGIBILITY, "INELIGIBLE"));
		Mocks.register("sendReminderDelegate",
				(JavaDelegate) (execution) -> this.reminders.add(execution.getCurrentActivityId()));
		Mocks.register("reviewerSuggestions", (ExecutionListener) (execution) -> execution
			.setVariable(Var.REVIEWER_OPTIONS, "[{\"value\":\"reviewer1\",\"label\":\"Reviewer One\"}]"));
		Mocks.register("assignReviewersDelegate",
				(JavaDelegate) (execution) -> ProcessValues.list(execution.getVariable(Var.REVIEWERS))
					.forEach(this.reviewPanel::add));
		Mocks.register("reviewPanel", this.reviewPanel);
		Mocks.register("reviewSchedule", new ReviewSchedule(Duration.ofDays(14), Duration.ofDays(3)));
		Mocks.register("openReviewDelegate", (JavaDelegate) (execution) -> {
			Date now = ClockUtil.getCurrentTime();
			execution.setVariableLocal(Var.REVIEW_DUE, new Date(now.getTime() + 14 * DAY));
			execution.getProcessInstance().setVariableLocal(Var.CRITERION_LABELS, "Impact (60%)\nEase of use (40%)");
		});
		Mocks.register("recordReview", (TaskListener) this.reviewPanel::record);
		Mocks.register("reassignReview", (TaskListener) (task) -> {
			String newReviewer = (String) task.getVariable(Var.NEW_REVIEWER);
			this.reviewPanel.reassign((String) task.getVariable(Var.PREVIOUS_REVIEWER), newReviewer);
			task.getExecution().setVariable(Var.REVIEWER, newReviewer);
		});
		Mocks.register("aggregateScoresDelegate", (JavaDelegate) (execution) -> execution
			.setVariable(Var.NEEDS_MODERATION, Variables.booleanValue(this.reviewPanel.spread() > 20, true)));
		Mocks.register("addReviewerDelegate",
				(JavaDelegate) (execution) -> this.reviewPanel.add((String) execution.getVariable(Var.EXTRA_REVIEWER)));
		Mocks.register("notifyBranchReviewsCompleteDelegate", (JavaDelegate) (execution) -> this.branchNotifications++);
		Mocks.register("recordCommitteeDecisionDelegate", (JavaDelegate) (execution) -> this.decisions
			.add(NominationOutcome.valueOf((String) execution.getVariable(Var.COMMITTEE_OUTCOME))));
		// Stands in for the separation-of-duties check: CONFLICTED works for the
		// nominating entity.
		Mocks.register("separationOfDuties", (TaskListener) (task) -> {
			if (task.getAssignee() != null) {
				this.checkedAssignees.add(task.getTaskDefinitionKey() + ":" + task.getAssignee());
			}
			if (CONFLICTED.equals(task.getAssignee())) {
				throw new ConflictOfInterestException(CONFLICTED, REFERENCE);
			}
		});
	}

	@AfterEach
	void resetStandIns() {
		Mocks.reset();
		ClockUtil.reset();
		engine.getIdentityService().clearAuthentication();
	}

	// ---------------------------------------------------------------- whole case

	@Test
	void eligibleNominationWaitsForTheWindowIsReviewedDecidedAndAnnounced() throws IOException {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");

		assertThat(nomination).isStarted()
			.hasBusinessKey(REFERENCE)
			.hasPassedInOrder(START, REGISTER, COLLECT_FACTS, DECIDE_ELIGIBILITY)
			.isWaitingAtExactly(UNTIL_DECIDED, WAIT_WINDOW);
		assertThat(nomination).variables()
			.contains(entry(Var.NOMINATION_REFERENCE, REFERENCE), entry(Var.PROGRAMME_CODE, "ACH"),
					entry(Var.EDITION_NUMBER, 4), entry(Var.BRANCH_CODE, "G2C"), entry(Var.ELIGIBILITY, "ELIGIBLE"),
					entry(Var.ELIGIBILITY_REASON_EN,
							"Government and semi-government entities may nominate to this branch"));
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.AWAITING_REVIEW);

		closeWindow();
		Task assign = task(nomination);
		assertThat(assign).hasDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
			.hasCandidateGroup(EDITION_COORDINATORS);
		assertNameContainsReference(assign);
		assertFormRef(assign, "Form_AssignReviewers");
		assertThat(nomination).variables().containsKey(Var.REVIEWER_OPTIONS);
		complete(assign, withVariables(Var.REVIEWERS, "[\"reviewer1\",\"reviewer2\"]"));

		// One review task per reviewer, in parallel, each assigned and due.
		List<Task> reviews = reviewTasks(nomination);
		assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrder("reviewer1", "reviewer2");
		assertThat(reviews).allSatisfy((review) -> {
			assertThat(review.getDueDate()).isEqualTo(new Date(NOW.getTime() + 14 * DAY));
			assertThat(taskService().getIdentityLinksForTask(review.getId()))
				.noneMatch((link) -> "candidate".equals(link.getType()));
		});
		assertFormRef(reviews.get(0), "Form_ReviewNomination");
		assertThat(this.checkedAssignees).contains(NominationProcess.TASK_REVIEW + ":reviewer1",
				NominationProcess.TASK_REVIEW + ":reviewer2");

		score(nomination, "reviewer1", 8, 9);
		// The first reviewer's scores stay in that review: nobody else can read them.
		assertThat(runtimeService().getVariables(nomination.getId())).doesNotContainKeys(Var.CRITERION_SCORE + 1,
				Var.CRITERION_SCORE + 2, Var.REVIEW_COMMENT);
		Task second = reviewTask(nomination, "reviewer2");
		assertThat(taskService().getVariables(second.getId())).containsEntry(Var.CRITERION_SCORE + 1, null)
			.containsEntry(Var.CRITERION_LABELS, "Impact (60%)\nEase of use (40%)");
		score(nomination, "reviewer2", 7, 8);

		assertThat(nomination).hasPassed(AGGREGATE).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);
		assertThat(this.reviewPanel.submitted).containsOnlyKeys("reviewer1", "reviewer2");
		assertThat(this.branchNotifications).isEqualTo(1);
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.AWAITING_REVIEW,
				NominationStatus.IN_REVIEW, NominationStatus.AWAITING_COMMITTEE);

		runtimeService().createMessageCorrelation(Message.COMMITTEE_DECIDED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable(Var.COMMITTEE_OUTCOME, "WINNER")
			.correlate();
		assertThat(nomination).isWaitingAtExactly(WAIT_ANNOUNCEMENT);
		assertThat(this.decisions).containsExactly(NominationOutcome.WINNER);

		runtimeService().createMessageCorrelation(Message.RESULTS_ANNOUNCED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 4)
			.correlateAll();
		assertThat(nomination).isEnded().hasPassed("EndEvent_NominationDecided", END_ANNOUNCED);
		assertThat(this.nominationStatus.moves()).endsWith(NominationStatus.ANNOUNCED);
	}

	@Test
	void windowClosedIsCorrelatedByEditionAndBranch() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");

		assertThat(runtimeService().createMessageCorrelation(Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 5)
			.correlateAllWithResult()).isEmpty();
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_WINDOW);

		assertThat(runtimeService().createMessageCorrelation(Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 4)
			.processInstanceVariableEquals(Var.BRANCH_CODE, "G2C")
			.correlateAllWithResult()).hasSize(1);
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ASSIGN_REVIEWERS);
	}

	// ---------------------------------------------------------------- eligibility

	@Test
	void ineligibleByTheRulesEndsIneligibleWithoutATask() {
		ProcessInstance nomination = submit("G2C", "PRIVATE");

		assertThat(nomination).isEnded()
			.hasPassedInOrder(DECIDE_ELIGIBILITY, "EndEvent_RulesIneligible", "Task_MarkIneligible", END_INELIGIBLE)
			.hasNotPassed(NominationProcess.TASK_SCREEN, WAIT_WINDOW);
		assertThat(nomination).variables()
			.contains(entry(Var.ELIGIBILITY, "INELIGIBLE"), entry(Var.ELIGIBILITY_REASON_EN,
					"Only government and semi-government entities may nominate to this branch"));
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.INELIGIBLE);
		assertThat(this.branchNotifications).isEqualTo(1);
	}

	@Test
	void eligibilityRulesReadTheCollectedFacts() {
		this.leadMeasurement = "BELOW";
		ProcessInstance nomination = submit("LEAD", "GOVERNMENT");

		HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery()
			.processInstanceId(nomination.getId())
			.decisionDefinitionKey(NominationProcess.DECISION_ELIGIBILITY)
			.includeInputs()
			.includeOutputs()
			.singleResult();
		assertThat(decision.getInputs()).extracting((input) -> input.getValue())
			.containsExactlyInAnyOrder("LEAD", "GOVERNMENT", "BELOW", 0, 1, false);
		assertThat(decision.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
			.containsOnly("Rule_LeadBelowThreshold");
		assertThat(nomination).isEnded().hasPassed(END_INELIGIBLE);
	}

	@Test
	void needsScreeningGoesToACoordinatorWhoFindsItEligible() throws IOException {
		this.leadMeasurement = "MISSING";
		this.windowClosed = true;
		ProcessInstance nomination = submit("LEAD", "SEMI_GOVERNMENT");

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_SCREEN);
		Task screening = task(nomination);
		assertThat(screening).hasCandidateGroup(EDITION_COORDINATORS).isNotAssigned();
		assertThat(screening.getDueDate()).isEqualTo(new Date(NOW.getTime() + 5 * DAY));
		assertNameContainsReference(screening);
		assertFormRef(screening, "Form_ScreenNomination");
		assertThat(taskService().getVariables(screening.getId())).contains(entry(Var.ELIGIBILITY, "NEEDS_SCREENING"));
		complete(screening, withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.SCREENING_REASON, "Measured late"));

		// The window closed while it was screened: the review starts at once.
		assertThat(nomination).hasNotPassed(WAIT_WINDOW)
			.isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ASSIGN_REVIEWERS);
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.SCREENING,
				NominationStatus.IN_REVIEW);
	}

	@Test
	void aCoordinatorScreensANominationIneligible() {
		this.leadMeasurement = "MISSING";
		ProcessInstance nomination = submit("LEAD", "GOVERNMENT");

		complete(task(nomination),
				withVariables(Var.SCREENING_DECISION, "INELIGIBLE", Var.SCREENING_REASON, "No measurement at all"));

		assertThat(nomination).isEnded().hasPassed("EndEvent_ScreenedIneligible", END_INELIGIBLE);
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.SCREENING,
				NominationStatus.INELIGIBLE);
	}

	@Test
	void screeningWithoutAKnownDecisionIsRefusedAndTheTaskStaysOpen() {
		this.leadMeasurement = "MISSING";
		ProcessInstance nomination = submit("LEAD", "GOVERNMENT");
		Task screening = task(nomination);

		assertThatThrownBy(() -> taskService().complete(screening.getId())).isInstanceOf(ProcessEngineException.class);
		assertThatThrownBy(() -> taskService().complete(screening.getId(),
				withVariables(Var.SCREENING_DECISION, "NEEDS_SCREENING")))
			.isInstanceOf(ProcessEngineException.class);

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_SCREEN);
		assertThat(task(nomination)).hasId(screening.getId());
	}

	@Test
	void aCoordinatorAsksTheNomineeAndTheAnswerGoesBackThroughTheRules() throws IOException {
		this.leadMeasurement = "MISSING";
		ProcessInstance nomination = submit("LEAD", "GOVERNMENT");
		complete(task(nomination), withVariables(Var.SCREENING_DECISION, "NEEDS_CLARIFICATION",
				Var.CLARIFICATION_QUESTION, "Which measurement round covers you?"));

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ANSWER_CLARIFICATION);
		Task answer = task(nomination);
		assertThat(answer).isAssignedTo(NOMINEE);
		assertThat(answer.getDueDate()).isEqualTo(new Date(NOW.getTime() + 5 * DAY));
		assertFormRef(answer, "Form_AnswerClarification");
		assertThat(this.clarifications).containsExactly("Which measurement round covers you?");

		this.leadMeasurement = "MET";
		complete(answer, withVariables(Var.CLARIFICATION_ANSWER, "The seventh round"));

		assertThat(nomination).hasPassed("Task_RecordClarificationAnswer")
			.isWaitingAtExactly(UNTIL_DECIDED, WAIT_WINDOW);
		assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(nomination.getId())
			.activityId(DECIDE_ELIGIBILITY)
			.count()).isEqualTo(2);
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.SCREENING,
				NominationStatus.CLARIFICATION_REQUESTED, NominationStatus.AWAITING_REVIEW);
	}

	@Test
	void aCooperationWithoutPartnerAsksTheNomineeWhoNamesThem() {
		ProcessInstance nomination = submit("G2G", "GOVERNMENT");

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ANSWER_CLARIFICATION);
		assertThat(nomination).variables().containsEntry(Var.ELIGIBILITY, "NEEDS_CLARIFICATION");
		// The rule's reason, in both languages, is the question.
		assertThat(this.clarifications).singleElement()
			.satisfies((question) -> assertThat(question).contains("at least one partner entity")
				.containsPattern("\\p{IsArabic}"));

		complete(task(nomination), withVariables(Var.CLARIFICATION_ANSWER, "Built with the Ministry of Interior",
				Var.PARTNER_ENTITIES, "Ministry of Interior"));

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_WINDOW);
		assertThat(nomination).variables().containsEntry(Var.ELIGIBILITY, "ELIGIBLE");
	}

	@Test
	void anUnansweredClarificationIsRemindedAfterThreeDaysAndIneligibleAfterFive() {
		ProcessInstance nomination = submit("G2G", "GOVERNMENT");
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ANSWER_CLARIFICATION);

		later(3);
		execute(dueTimer(nomination, "BoundaryEvent_ClarificationReminder"));
		assertThat(this.reminders).containsExactly("Task_RemindNominee");
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ANSWER_CLARIFICATION);

		later(5);
		execute(dueTimer(nomination, "BoundaryEvent_ClarificationOverdue"));
		assertThat(nomination).isEnded()
			.hasPassedInOrder("Task_ExpireClarification", "EndEvent_ClarificationExpired", "Task_MarkIneligible",
					END_INELIGIBLE);
		assertThat(taskQuery().processInstanceId(nomination.getId()).count()).isZero();
		assertThat(this.nominationStatus.moves()).containsExactly(NominationStatus.CLARIFICATION_REQUESTED,
				NominationStatus.INELIGIBLE);
	}

	// ---------------------------------------------------------------- withdrawal

	@Test
	void withdrawnWhileScreened() {
		this.leadMeasurement = "MISSING";
		ProcessInstance nomination = submit("LEAD", "GOVERNMENT");
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_SCREEN);

		assertWithdrawn(nomination);
	}

	@Test
	void withdrawnWhileAClarificationIsOpenCancelsItsTimers() {
		ProcessInstance nomination = submit("G2G", "GOVERNMENT");
		assertThat(managementService().createJobQuery().processInstanceId(nomination.getId()).count()).isEqualTo(2);

		assertWithdrawn(nomination);
		assertThat(managementService().createJobQuery().processInstanceId(nomination.getId()).count()).isZero();
	}

	@Test
	void withdrawnWhileWaitingForTheWindow() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_WINDOW);

		assertWithdrawn(nomination);
	}

	@Test
	void withdrawnWhileReviewersAreAssigned() {
		ProcessInstance nomination = inReviewAssignment();

		assertWithdrawn(nomination);
	}

	@Test
	void withdrawnInReviewCancelsEveryReviewTask() {
		ProcessInstance nomination = inReview("reviewer1", "reviewer2");
		score(nomination, "reviewer1", 8, 8);

		assertWithdrawn(nomination);
	}

	@Test
	void withdrawnWhileWaitingForTheCommittee() {
		ProcessInstance nomination = inReview("reviewer1");
		score(nomination, "reviewer1", 8, 8);
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);

		assertWithdrawn(nomination);
	}

	@Test
	void afterTheCommitteeDecidedAWithdrawalIsNotHeard() {
		ProcessInstance nomination = inReview("reviewer1");
		score(nomination, "reviewer1", 8, 8);
		runtimeService().createMessageCorrelation(Message.COMMITTEE_DECIDED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable(Var.COMMITTEE_OUTCOME, "FINALIST")
			.correlate();
		assertThat(nomination).isWaitingAtExactly(WAIT_ANNOUNCEMENT);

		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(Message.NOMINATION_WITHDRAWN)
			.processInstanceBusinessKey(REFERENCE)
			.correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(nomination).isWaitingAtExactly(WAIT_ANNOUNCEMENT);
		assertThat(this.nominationStatus.moves()).doesNotContain(NominationStatus.WITHDRAWN);
	}

	// ---------------------------------------------------------------- review

	@Test
	void aReviewerDeclaresAConflictOfInterestAndACoordinatorReassigns() throws IOException {
		ProcessInstance nomination = inReview("reviewer1", "reviewer2");

		complete(reviewTask(nomination, "reviewer1"),
				withVariables(Var.CONFLICT_OF_INTEREST, true, Var.REVIEW_COMMENT, "My brother leads the project"));

		Task reassign = taskQuery().processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REASSIGN_REVIEW)
			.singleResult();
		assertThat(reassign).hasCandidateGroup(EDITION_COORDINATORS);
		assertFormRef(reassign, "Form_ReassignReview");
		assertThat(taskService().getVariables(reassign.getId()))
			.contains(entry(Var.REASSIGN_REASON, "CONFLICT_OF_INTEREST"), entry(Var.PREVIOUS_REVIEWER, "reviewer1"));
		assertThat(this.reviewPanel.conflicted).containsExactly("reviewer1");

		complete(reassign, withVariables(Var.NEW_REVIEWER, "reviewer3"));
		assertThat(reviewTasks(nomination)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("reviewer2", "reviewer3");
		score(nomination, "reviewer2", 7, 7);
		score(nomination, "reviewer3", 8, 8);

		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);
		assertThat(this.reviewPanel.submitted).containsOnlyKeys("reviewer2", "reviewer3");
	}

	@Test
	void aConflictedExpertIsNeverAssignedAReview() {
		ProcessInstance nomination = inReviewAssignment();

		assertThatThrownBy(
				() -> taskService().complete(task(nomination).getId(), withVariables(Var.REVIEWERS, CONFLICTED)))
			.isInstanceOf(ConflictOfInterestException.class)
			.hasMessageContaining("works for the nominating entity");
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ASSIGN_REVIEWERS);
	}

	@Test
	void anOverdueReviewIsRemindedThenEscalatedToTheCoordinators() {
		ProcessInstance nomination = inReview("reviewer1");
		Task review = reviewTask(nomination, "reviewer1");

		later(11);
		execute(dueTimer(nomination, "BoundaryEvent_ReviewReminder"));
		assertThat(this.reminders).containsExactly("Task_RemindReviewer");
		assertThat(reviewTask(nomination, "reviewer1")).hasId(review.getId());

		later(14);
		execute(dueTimer(nomination, "BoundaryEvent_ReviewOverdue"));
		assertThat(reviewTasks(nomination)).isEmpty();
		Task reassign = task(nomination);
		assertThat(reassign).hasDefinitionKey(NominationProcess.TASK_REASSIGN_REVIEW)
			.hasCandidateGroup(EDITION_COORDINATORS);
		assertThat(taskService().getVariables(reassign.getId())).containsEntry(Var.REASSIGN_REASON, "OVERDUE");

		complete(reassign, withVariables(Var.NEW_REVIEWER, "reviewer2"));
		Task handedOver = reviewTask(nomination, "reviewer2");
		// The new reviewer gets a fresh due date.
		assertThat(handedOver.getDueDate()).isEqualTo(new Date(NOW.getTime() + 28 * DAY + 1000));
		score(nomination, "reviewer2", 9, 9);
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);
		assertThat(this.reviewPanel.reassigned).containsExactly("reviewer1");
	}

	@Test
	void reviewersWhoDisagreeAreModeratedAndTheCoordinatorAccepts() throws IOException {
		ProcessInstance nomination = inReview("reviewer1", "reviewer2");
		score(nomination, "reviewer1", 9, 9);
		score(nomination, "reviewer2", 4, 4);

		Task moderation = task(nomination);
		assertThat(moderation).hasDefinitionKey(NominationProcess.TASK_MODERATE_SCORES)
			.hasCandidateGroup(EDITION_COORDINATORS);
		assertFormRef(moderation, "Form_ModerateScores");
		assertThat(taskService().getVariables(moderation.getId())).containsEntry(Var.REVIEW_SUMMARY,
				"reviewer1: 90, reviewer2: 40");
		// The summary lives in the moderation task only.
		assertThat(runtimeService().getVariables(nomination.getId())).doesNotContainKey(Var.REVIEW_SUMMARY);

		complete(moderation, withVariables(Var.MODERATION_DECISION, "ACCEPT"));
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);
		assertThat(this.branchNotifications).isEqualTo(1);
	}

	@Test
	void theModeratorAsksForOneMoreReview() {
		ProcessInstance nomination = inReview("reviewer1", "reviewer2");
		score(nomination, "reviewer1", 9, 9);
		score(nomination, "reviewer2", 4, 4);

		complete(task(nomination),
				withVariables(Var.MODERATION_DECISION, "ONE_MORE_REVIEW", Var.EXTRA_REVIEWER, "reviewer3"));
		assertThat(reviewTasks(nomination)).extracting(Task::getAssignee).containsExactly("reviewer3");
		score(nomination, "reviewer3", 7, 7);

		// Still wide apart: the moderator decides again, this time accepting.
		Task again = task(nomination);
		assertThat(again).hasDefinitionKey(NominationProcess.TASK_MODERATE_SCORES);
		complete(again, withVariables(Var.MODERATION_DECISION, "ACCEPT"));
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, WAIT_COMMITTEE);
		assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(nomination.getId())
			.activityId(AGGREGATE)
			.count()).isEqualTo(2);
		assertThat(this.reviewPanel.submitted).containsOnlyKeys("reviewer1", "reviewer2", "reviewer3");
	}

	// ---------------------------------------------------------------- committee and
	// announcement

	@Test
	void theCommitteeDecisionArrivesByMessage() {
		ProcessInstance nomination = inReview("reviewer1");
		score(nomination, "reviewer1", 6, 7);

		runtimeService().createMessageCorrelation(Message.COMMITTEE_DECIDED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 4)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable(Var.COMMITTEE_OUTCOME, "NOT_AWARDED")
			.correlate();

		assertThat(nomination).hasPassed("Task_RecordCommitteeDecision", "EndEvent_NominationDecided")
			.isWaitingAtExactly(WAIT_ANNOUNCEMENT);
		assertThat(this.decisions).containsExactly(NominationOutcome.NOT_AWARDED);
	}

	@Test
	void theAnnouncementReachesOnlyDecidedNominations() {
		ProcessInstance decided = inReview("reviewer1");
		score(decided, "reviewer1", 6, 7);
		runtimeService().createMessageCorrelation(Message.COMMITTEE_DECIDED)
			.processInstanceBusinessKey(REFERENCE)
			.setVariable(Var.COMMITTEE_OUTCOME, "FINALIST")
			.correlate();

		runtimeService().createMessageCorrelation(Message.RESULTS_ANNOUNCED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 4)
			.correlateAll();

		assertThat(decided).isEnded().hasPassedInOrder(WAIT_ANNOUNCEMENT, "Task_MarkAnnounced", END_ANNOUNCED);
		assertThat(this.nominationStatus.moves()).endsWith(NominationStatus.ANNOUNCED);
	}

	@Test
	void startFormIsTheDeployedSubmitForm() throws IOException {
		String definitionId = repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.singleResult()
			.getId();

		assertThat(formService().getStartFormData(definitionId).getCamundaFormRef()).satisfies((formRef) -> {
			assertThat(formRef.getKey()).isEqualTo("Form_SubmitNomination");
			assertThat(formRef.getBinding()).isEqualTo("deployment");
		});
		try (InputStream form = formService().getDeployedStartForm(definitionId)) {
			assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
				.contains("\"id\": \"Form_SubmitNomination\"");
		}
	}

	// ---------------------------------------------------------------- helpers

	private ProcessInstance submit(String branchCode, String entityType) {
		// The start event's initiator puts the signed-in user in "nominee".
		engine.getIdentityService().setAuthenticatedUserId(NOMINEE);
		try {
			Map<String, Object> variables = withVariables(Var.BRANCH_CODE, branchCode, Var.ENTITY_NAME,
					"Ministry of Health", Var.ENTITY_TYPE, entityType, Var.TITLE, "Appointment booking", Var.SUMMARY,
					"Book appointments online", Var.SERVICE_URL, "https://example.gov.sa/services");
			return runtimeService().startProcessInstanceByKey(NominationProcess.KEY, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private ProcessInstance inReviewAssignment() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");
		closeWindow();
		assertThat(nomination).isWaitingAtExactly(UNTIL_DECIDED, NominationProcess.TASK_ASSIGN_REVIEWERS);
		return nomination;
	}

	private ProcessInstance inReview(String... reviewers) {
		ProcessInstance nomination = inReviewAssignment();
		complete(task(nomination), withVariables(Var.REVIEWERS, String.join(",", reviewers)));
		assertThat(reviewTasks(nomination)).hasSize(reviewers.length);
		return nomination;
	}

	private void closeWindow() {
		runtimeService().createMessageCorrelation(Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceVariableEquals(Var.PROGRAMME_CODE, "ACH")
			.processInstanceVariableEquals(Var.EDITION_NUMBER, 4)
			.correlateAll();
	}

	private void assertWithdrawn(ProcessInstance nomination) {
		runtimeService().createMessageCorrelation(Message.NOMINATION_WITHDRAWN)
			.processInstanceBusinessKey(REFERENCE)
			.correlate();

		assertThat(nomination).isEnded()
			.hasPassedInOrder("BoundaryEvent_NominationWithdrawn", "Task_MarkWithdrawn", END_WITHDRAWN)
			.hasNotPassed(END_INELIGIBLE, END_ANNOUNCED);
		assertThat(taskQuery().processInstanceId(nomination.getId()).count()).isZero();
		assertThat(this.nominationStatus.moves()).endsWith(NominationStatus.WITHDRAWN);
	}

	private static List<Task> reviewTasks(ProcessInstance nomination) {
		return taskQuery().processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.list();
	}

	private static Task reviewTask(ProcessInstance nomination, String reviewer) {
		return taskQuery().processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee(reviewer)
			.singleResult();
	}

	private static void score(ProcessInstance nomination, String reviewer, int first, int second) {
		complete(reviewTask(nomination, reviewer), withVariables(Var.CRITERION_SCORE + 1, first,
				Var.CRITERION_SCORE + 2, second, Var.REVIEW_COMMENT, "Reviewed", Var.CONFLICT_OF_INTEREST, false));
	}

	private static void later(int days) {
		ClockUtil.setCurrentTime(new Date(NOW.getTime() + days * DAY + 1000));
	}

	private static Job dueTimer(ProcessInstance nomination, String activityId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(nomination.getId())
			.timers()
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("timer of %s", activityId).isNotNull();
		assertThat(job.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
		return job;
	}

	/**
	 * What RegisterNominationDelegate does for the process: reference as business key and
	 * the variables the rest of the model and the other processes read.
	 */
	private void register(DelegateExecution execution) {
		String branchCode = (String) execution.getVariable(Var.BRANCH_CODE);
		execution.setProcessBusinessKey(REFERENCE);
		execution.setVariable(Var.NOMINATION_REFERENCE, REFERENCE);
		execution.setVariable(Var.PROGRAMME_CODE, "ACH");
		execution.setVariable(Var.EDITION_NUMBER, 4);
		execution.setVariable(Var.BRANCH_CODE, branchCode);
		execution.setVariable(Var.COORDINATOR_GROUP, EDITION_COORDINATORS);
	}

	private static void assertNameContainsReference(Task task) {
		assertThat(task.getName()).contains(REFERENCE);
	}

	private static void assertFormRef(Task task, String formId) throws IOException {
		Task withFormKey = taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
		assertThat(withFormKey.getCamundaFormRef().getKey()).isEqualTo(formId);
		assertThat(withFormKey.getCamundaFormRef().getBinding()).isEqualTo("deployment");
		// Binding "deployment" finds the form only if it was deployed with the process.
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"" + formId + "\"");
		}
	}

	/**
	 * Stands in for NominationStatusListener ({@code nominationStatus}) in the model's
	 * expressions; public because JUEL calls it reflectively.
	 */
	public static class RecordingNominationStatus {

		private final List<NominationStatus> moves = new ArrayList<>();

		public void moveTo(DelegateExecution execution, String status) {
			assertThat(execution.getProcessBusinessKey()).isEqualTo(REFERENCE);
			// valueOf, as the real listener does: a status name the enum lacks fails
			// here.
			this.moves.add(NominationStatus.valueOf(status));
		}

		List<NominationStatus> moves() {
			return this.moves;
		}

	}

	/**
	 * Stands in for the review domain and ReviewPanel ({@code reviewPanel}): open
	 * reviews, submitted weighted scores (criteria weighted 60/40), conflicts and
	 * reassignments. Public because JUEL calls it reflectively.
	 */
	public static class FakeReviewPanel {

		final List<String> pending = new ArrayList<>();

		final Map<String, Integer> submitted = new LinkedHashMap<>();

		final List<String> conflicted = new ArrayList<>();

		final List<String> reassigned = new ArrayList<>();

		void add(String reviewer) {
			if (CONFLICTED.equals(reviewer)) {
				throw new ConflictOfInterestException(reviewer, REFERENCE);
			}
			this.pending.add(reviewer);
		}

		public List<String> pending(DelegateExecution execution) {
			return new ArrayList<>(this.pending);
		}

		public String summary(DelegateExecution execution) {
			List<String> lines = new ArrayList<>();
			this.submitted.forEach((reviewer, score) -> lines.add(reviewer + ": " + score));
			return String.join(", ", lines);
		}

		void record(org.camunda.bpm.engine.delegate.DelegateTask task) {
			String reviewer = task.getAssignee();
			this.pending.remove(reviewer);
			boolean conflict = Boolean.TRUE.equals(task.getVariable(Var.CONFLICT_OF_INTEREST));
			if (conflict) {
				this.conflicted.add(reviewer);
			}
			else {
				int first = ((Number) task.getVariable(Var.CRITERION_SCORE + 1)).intValue();
				int second = ((Number) task.getVariable(Var.CRITERION_SCORE + 2)).intValue();
				this.submitted.put(reviewer, (60 * first + 40 * second) / 10);
			}
			task.getExecution().setVariable(Var.REVIEW_CONFLICTED, Variables.booleanValue(conflict, true));
		}

		void reassign(String from, String to) {
			if (this.pending.remove(from)) {
				this.reassigned.add(from);
			}
			add(to);
		}

		int spread() {
			Map<String, Integer> scores = new HashMap<>(this.submitted);
			return scores.values().stream().mapToInt(Integer::intValue).max().orElse(0)
					- scores.values().stream().mapToInt(Integer::intValue).min().orElse(0);
		}

	}

}
