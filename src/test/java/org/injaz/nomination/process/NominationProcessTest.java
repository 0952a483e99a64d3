package org.injaz.nomination.process;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.ConflictOfInterestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The nomination process on the engine alone, one test per path. The Spring beans the
 * model names are replaced by recording stand-ins, so the model's wiring (expressions,
 * candidate groups, forms, DMN mapping, gateway) is what is under test.
 */
@Deployment(resources = { "bpmn/nomination.bpmn", "bpmn/eligibility.dmn", "bpmn/submit-nomination.form",
		"bpmn/screen-nomination.form", "bpmn/review-nomination.form", "bpmn/decide-nomination.form" })
class NominationProcessTest {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("camunda.cfg.xml")
		.build();

	private static final String REFERENCE = "ACH-4-G2C-0001";

	private static final String NOMINEE = "nominee1";

	private static final String START = "StartEvent_NominationSubmitted";

	private static final String REGISTER = "Task_RegisterNomination";

	private static final String DECIDE_ELIGIBILITY = "Task_DecideEligibility";

	private static final String GATEWAY = "Gateway_NominationEligible";

	private static final String RECORD_SCORE = "Task_RecordReviewScore";

	private static final String RECORD_DECISION = "Task_RecordCommitteeDecision";

	private static final String MARK_INELIGIBLE = "Task_MarkIneligible";

	private static final String END_DECIDED = "EndEvent_NominationDecided";

	private static final String END_INELIGIBLE = "EndEvent_NominationIneligible";

	// Output variables of Task_DecideEligibility; NominationProcess.Var has no
	// constants for the two reasons.
	private static final String REASON_EN = "eligibilityReasonEn";

	private static final String REASON_AR = "eligibilityReasonAr";

	private final RecordingNominationStatus nominationStatus = new RecordingNominationStatus();

	private final List<String> registeredNominees = new ArrayList<>();

	private final List<Recorded<BigDecimal>> recordedScores = new ArrayList<>();

	private final List<Recorded<NominationOutcome>> recordedDecisions = new ArrayList<>();

	private final List<String> checkedAssignees = new ArrayList<>();

	private static final String CONFLICTED = "conflicted-expert";

	@BeforeEach
	void registerStandIns() {
		init(engine.getProcessEngine());
		Mocks.register("registerNominationDelegate", (JavaDelegate) this::register);
		Mocks.register("recordReviewScoreDelegate",
				(JavaDelegate) (execution) -> this.recordedScores.add(new Recorded<>(execution.getProcessBusinessKey(),
						new BigDecimal(execution.getVariable(Var.REVIEW_SCORE).toString()))));
		Mocks.register("recordCommitteeDecisionDelegate",
				(JavaDelegate) (execution) -> this.recordedDecisions
					.add(new Recorded<>(execution.getProcessBusinessKey(),
							NominationOutcome.valueOf((String) execution.getVariable(Var.COMMITTEE_OUTCOME)))));
		Mocks.register("nominationStatus", this.nominationStatus);
		Mocks.register("reviewerSuggestions", (ExecutionListener) (execution) -> execution
			.setVariable(Var.REVIEWER_OPTIONS, "[{\"value\":\"reviewer1\",\"label\":\"Reviewer One\"}]"));
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
		engine.getIdentityService().clearAuthentication();
	}

	@Test
	void eligibleNominationIsScreenedReviewedAndDecided() throws IOException {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");

		assertThat(nomination).isStarted()
			.hasBusinessKey(REFERENCE)
			.hasPassedInOrder(START, REGISTER, DECIDE_ELIGIBILITY)
			.isWaitingAtExactly(NominationProcess.TASK_SCREEN);
		assertThat(nomination).variables()
			.contains(entry(Var.NOMINEE, NOMINEE), entry(Var.NOMINATION_REFERENCE, REFERENCE),
					entry(Var.BRANCH_CODE, "G2C"), entry(Var.REVIEWER_GROUP, "reviewers/g2c"),
					entry(Var.ELIGIBILITY, "ELIGIBLE"),
					entry(REASON_EN, "Government and semi-government entities may nominate to this branch"),
					entry(REASON_AR, "يحق للجهات الحكومية وشبه الحكومية الترشح لهذا الفرع"));
		assertThat(this.registeredNominees).containsExactly(NOMINEE);

		Task screening = task(nomination);
		assertThat(screening).hasDefinitionKey(NominationProcess.TASK_SCREEN)
			.hasCandidateGroup(NominationProcess.COORDINATORS)
			.isNotAssigned();
		assertNameContainsReference(screening);
		assertFormRef(screening, "Form_ScreenNomination");
		assertThat(nomination).variables().containsKey(Var.REVIEWER_OPTIONS);
		complete(screening, withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.SCREENING_REASON, "Complete file",
				Var.REVIEWER, "reviewer1"));

		assertThat(nomination).hasPassed(GATEWAY).isWaitingAtExactly(NominationProcess.TASK_REVIEW);
		Task review = task(nomination);
		// Reviews go to the named expert only, never to a group; the assignment is
		// checked for conflicts.
		assertThat(review).isAssignedTo("reviewer1");
		assertThat(taskService().getIdentityLinksForTask(review.getId()))
			.noneMatch((link) -> "candidate".equals(link.getType()));
		assertThat(this.checkedAssignees).contains(NominationProcess.TASK_REVIEW + ":reviewer1");
		assertNameContainsReference(review);
		assertFormRef(review, "Form_ReviewNomination");
		complete(review, withVariables(Var.REVIEW_SCORE, 87, Var.REVIEW_COMMENT, "Complete and easy to use"));

		assertThat(nomination).hasPassed(RECORD_SCORE).isWaitingAtExactly(NominationProcess.TASK_DECIDE);
		assertThat(this.recordedScores).containsExactly(new Recorded<>(REFERENCE, new BigDecimal("87")));
		Task decision = task(nomination);
		assertThat(decision).hasCandidateGroup(NominationProcess.COMMITTEE).isNotAssigned();
		assertNameContainsReference(decision);
		assertFormRef(decision, "Form_DecideNomination");
		taskService().claim(decision.getId(), "committee1");
		assertThat(this.checkedAssignees).contains(NominationProcess.TASK_DECIDE + ":committee1");
		complete(decision, withVariables(Var.COMMITTEE_OUTCOME, "WINNER"));

		assertThat(nomination).isEnded()
			.hasPassedInOrder(START, REGISTER, DECIDE_ELIGIBILITY, NominationProcess.TASK_SCREEN, GATEWAY,
					NominationProcess.TASK_REVIEW, RECORD_SCORE, NominationProcess.TASK_DECIDE, RECORD_DECISION,
					END_DECIDED)
			.hasNotPassed(MARK_INELIGIBLE, END_INELIGIBLE);
		assertThat(this.recordedDecisions).containsExactly(new Recorded<>(REFERENCE, NominationOutcome.WINNER));
		assertThat(this.nominationStatus.moves()).containsExactly(new Recorded<>(REFERENCE, NominationStatus.SCREENING),
				new Recorded<>(REFERENCE, NominationStatus.IN_REVIEW));
	}

	@Test
	void nominationScreenedIneligibleEndsWithoutReview() {
		ProcessInstance nomination = submit("G2C", "PRIVATE");
		assertThat(nomination).isWaitingAtExactly(NominationProcess.TASK_SCREEN);
		assertThat(nomination).variables()
			.contains(entry(Var.ELIGIBILITY, "INELIGIBLE"),
					entry(REASON_EN, "Only government and semi-government entities may nominate to this branch"));

		complete(task(nomination),
				withVariables(Var.SCREENING_DECISION, "INELIGIBLE", Var.SCREENING_REASON, "Private company"));

		assertThat(nomination).isEnded()
			.hasPassedInOrder(NominationProcess.TASK_SCREEN, GATEWAY, MARK_INELIGIBLE, END_INELIGIBLE)
			.hasNotPassed(NominationProcess.TASK_REVIEW, RECORD_SCORE, NominationProcess.TASK_DECIDE, RECORD_DECISION,
					END_DECIDED);
		assertThat(this.nominationStatus.moves()).containsExactly(new Recorded<>(REFERENCE, NominationStatus.SCREENING),
				new Recorded<>(REFERENCE, NominationStatus.INELIGIBLE));
		assertThat(this.recordedScores).isEmpty();
		assertThat(this.recordedDecisions).isEmpty();
	}

	@Test
	void eligibilityRulesReachTheScreeningTaskOfAnIndividualNominatingToG2c() {
		ProcessInstance nomination = submit("G2C", "INDIVIDUAL");

		assertThat(nomination).isWaitingAtExactly(NominationProcess.TASK_SCREEN);
		Task screening = task(nomination);
		// What the screening form shows is read from the task's scope.
		assertThat(taskService().getVariables(screening.getId())).contains(entry(Var.ELIGIBILITY, "INELIGIBLE"),
				entry(REASON_EN, "Individuals may nominate only to the individuals' e-contribution branch"),
				entry(REASON_AR, "يقتصر ترشح الأفراد على فرع الإسهام الإلكتروني للأفراد"));

		HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery()
			.processInstanceId(nomination.getId())
			.decisionDefinitionKey(NominationProcess.DECISION_ELIGIBILITY)
			.includeInputs()
			.includeOutputs()
			.singleResult();
		assertThat(decision.getInputs()).extracting((input) -> input.getValue()).containsExactly("G2C", "INDIVIDUAL");
		assertThat(decision.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
			.containsOnly("Rule_IndividualElsewhere");
	}

	@Test
	void screeningDecisionNotRulesOutputRoutesTheNomination() {
		ProcessInstance nomination = submit("G2C", "INDIVIDUAL");
		assertThat(nomination).variables().containsEntry(Var.ELIGIBILITY, "INELIGIBLE");

		complete(task(nomination), withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.REVIEWER, "reviewer1"));

		assertThat(nomination).isWaitingAtExactly(NominationProcess.TASK_REVIEW);
		assertThat(task(nomination)).isAssignedTo("reviewer1");
	}

	@Test
	void aConflictedReviewerIsNeverAssignedTheReview() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");
		Task screening = task(nomination);

		assertThatThrownBy(() -> taskService().complete(screening.getId(),
				withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.REVIEWER, CONFLICTED)))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("works for the nominating entity");

		// Rolled back: still at screening, no review task exists.
		assertThat(nomination).isWaitingAtExactly(NominationProcess.TASK_SCREEN);
		complete(task(nomination), withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.REVIEWER, "reviewer1"));
		Task review = task(nomination);
		assertThatThrownBy(() -> taskService().setAssignee(review.getId(), CONFLICTED))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("works for the nominating entity");
		assertThat(task(nomination)).isAssignedTo("reviewer1");
	}

	@Test
	void aConflictedCommitteeMemberCannotClaimTheDecision() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");
		complete(task(nomination), withVariables(Var.SCREENING_DECISION, "ELIGIBLE", Var.REVIEWER, "reviewer1"));
		complete(task(nomination), withVariables(Var.REVIEW_SCORE, 70, Var.REVIEW_COMMENT, "Fine"));
		Task decision = task(nomination);

		assertThatThrownBy(() -> taskService().claim(decision.getId(), CONFLICTED))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("works for the nominating entity");
		assertThat(task(nomination)).isNotAssigned();
	}

	@Test
	void screeningWithoutAKnownDecisionIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance nomination = submit("G2C", "GOVERNMENT");
		Task screening = task(nomination);

		// The gateway has no default flow: the completion is rolled back.
		assertThatThrownBy(() -> taskService().complete(screening.getId())).isInstanceOf(ProcessEngineException.class);
		assertThatThrownBy(() -> taskService().complete(screening.getId(),
				withVariables(Var.SCREENING_DECISION, "NEEDS_SCREENING")))
			.isInstanceOf(ProcessEngineException.class);

		assertThat(nomination).isWaitingAtExactly(NominationProcess.TASK_SCREEN);
		assertThat(task(nomination)).hasId(screening.getId());
		assertThat(this.nominationStatus.moves())
			.containsExactly(new Recorded<>(REFERENCE, NominationStatus.SCREENING));
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

	/**
	 * What RegisterNominationDelegate does for the process: reference as business key and
	 * the variables the rest of the model reads.
	 */
	private void register(DelegateExecution execution) {
		this.registeredNominees.add((String) execution.getVariable(Var.NOMINEE));
		String branchCode = (String) execution.getVariable(Var.BRANCH_CODE);
		execution.setProcessBusinessKey(REFERENCE);
		execution.setVariable(Var.NOMINATION_REFERENCE, REFERENCE);
		execution.setVariable(Var.BRANCH_CODE, branchCode);
		execution.setVariable(Var.REVIEWER_GROUP, NominationProcess.reviewerGroup(branchCode));
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

	/** What a stand-in received, and for which nomination (the business key). */
	record Recorded<T>(String reference, T value) {
	}

	/**
	 * Stands in for NominationStatusListener ({@code nominationStatus}) in the model's
	 * expressions; public because JUEL calls it reflectively.
	 */
	public static class RecordingNominationStatus {

		private final List<Recorded<NominationStatus>> moves = new ArrayList<>();

		public void moveTo(DelegateExecution execution, String status) {
			// valueOf, as the real listener does: a status name the enum lacks fails
			// here.
			this.moves.add(new Recorded<>(execution.getProcessBusinessKey(), NominationStatus.valueOf(status)));
		}

		List<Recorded<NominationStatus>> moves() {
			return this.moves;
		}

	}

}
