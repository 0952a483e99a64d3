package org.injaz.edition.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.injaz.edition.AwardProgramme;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.EditionStarted;
import org.injaz.edition.NominatorKind;
import org.injaz.edition.process.EditionProcess.Var;
import org.injaz.process.Batches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The edition process on the engine alone, timers driven by the engine clock, with its
 * real glue in front of stand-ins: the programme's branches and the announcement are
 * mocks; nominations and committees are stub processes under the real keys, so the
 * messages and the call activity are exercised for real.
 */
@Deployment(resources = { "bpmn/edition.bpmn", "bpmn/announce-results.form",
		"org/injaz/edition/process/stub-nomination.bpmn", "org/injaz/edition/process/stub-committee.bpmn" })
class EditionProcessTest {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("camunda-spin.cfg.xml")
		.build();

	private static final Instant OPENS = Instant.parse("2026-01-01T06:00:00Z");

	private static final Instant CLOSES = Instant.parse("2026-03-01T21:00:00Z");

	private static final Instant REVIEW_DEADLINE = Instant.parse("2026-04-01T21:00:00Z");

	private static final Instant CEREMONY = Instant.parse("2026-05-01T16:00:00Z");

	private static final String WINDOW_OPENS = "Timer_WindowOpens";

	private static final String WINDOW_CLOSES = "Timer_WindowCloses";

	private static final String AWAIT_REVIEWS = "Task_AwaitBranchReviews";

	private static final String REVIEW_DEADLINE_TIMER = "Timer_ReviewDeadline";

	private static final String CEREMONY_TIMER = "BoundaryEvent_CeremonyDate";

	private final EditionAnnouncements announcements = mock(EditionAnnouncements.class);

	private final EditionBranches branches = mock(EditionBranches.class);

	private final Set<String> branchesReviewed = new HashSet<>();

	private final Edition edition = new Edition(new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award"), 4,
			OPENS, CLOSES, REVIEW_DEADLINE, CEREMONY);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(OPENS.minusSeconds(86_400)));
		when(this.branches.codes("ACH")).thenReturn(List.of("G2C", "G2B"));
		Mocks.register("editionBranches", this.branches);
		// Stands in for the committee module's check: a branch listed here has no
		// nomination left before the committee.
		Mocks.register("checkBranchReviewsDelegate",
				(JavaDelegate) (execution) -> execution.setVariableLocal("branchReviewsComplete",
						this.branchesReviewed.contains(execution.getVariable(Var.BRANCH_CODE))));
		Mocks.register("closeNominationWindowDelegate", new CloseNominationWindowDelegate(engine.getRuntimeService()));
		Mocks.register("publishResultsDelegate",
				new PublishResultsDelegate(this.announcements, engine.getRuntimeService()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void startsOncePerEditionWithItsDatesAsIsoInstants() {
		List<Object> published = new ArrayList<>();
		EditionLifecycle lifecycle = new EditionLifecycle(engine.getRuntimeService(), published::add);

		assertThat(lifecycle.startFor(this.edition)).isTrue();
		assertThat(lifecycle.startFor(this.edition)).isFalse();
		assertThat(published).containsExactly(new EditionStarted(this.edition));

		ProcessInstance process = editionProcess();
		assertThat(process).isWaitingAtExactly(WINDOW_OPENS)
			.variables()
			.contains(entry(Var.PROGRAMME_CODE, "ACH"), entry(Var.EDITION_NUMBER, 4),
					entry(Var.NOMINATION_OPENS_AT, "2026-01-01T06:00:00Z"),
					entry(Var.NOMINATION_CLOSES_AT, "2026-03-01T21:00:00Z"),
					entry(Var.REVIEW_DEADLINE, "2026-04-01T21:00:00Z"), entry(Var.CEREMONY_AT, "2026-05-01T16:00:00Z"));
	}

	@Test
	void theWindowOpensAndClosesOnTimeAndEveryNominationOfTheEditionHearsOfIt() {
		ProcessInstance process = start();
		ProcessInstance first = nomination("ACH", 4);
		ProcessInstance second = nomination("ACH", 4);
		ProcessInstance earlierEdition = nomination("ACH", 3);
		ProcessInstance otherProgramme = nomination("SHIELD", 4);

		assertThat(process).isWaitingAtExactly(WINDOW_OPENS);
		passTimer(process, WINDOW_OPENS, OPENS);
		assertThat(process).isWaitingAtExactly(WINDOW_CLOSES);
		passTimer(process, WINDOW_CLOSES, CLOSES);

		assertThat(process).hasPassed("Task_CloseNominationWindow")
			.variables()
			.containsEntry(Var.NOMINATIONS_CLOSED, 2);
		// The nominations hear of it from a batch, each in a job of its own.
		assertThat(first).isWaitingAt("Event_WindowClosed");
		assertThat(Batches.runAll(managementService())).isOne();
		assertThat(first).isWaitingAt("Event_ResultsAnnounced");
		assertThat(second).isWaitingAt("Event_ResultsAnnounced");
		assertThat(earlierEdition).isWaitingAt("Event_WindowClosed");
		assertThat(otherProgramme).isWaitingAt("Event_WindowClosed");
		// Each branch now waits for its reviews or the deadline.
		assertThat(process).isWaitingAt(AWAIT_REVIEWS);
		assertThat(runtimeService().createExecutionQuery()
			.processInstanceId(process.getId())
			.activityId(AWAIT_REVIEWS)
			.count()).isEqualTo(2);
	}

	@Test
	void closingAWindowWithoutNominationsIsFine() {
		ProcessInstance process = start();
		passTimer(process, WINDOW_OPENS, OPENS);
		passTimer(process, WINDOW_CLOSES, CLOSES);

		assertThat(process).variables().containsEntry(Var.NOMINATIONS_CLOSED, 0);
		assertThat(managementService().createBatchQuery().count()).isZero();
		assertThat(process).isWaitingAt(AWAIT_REVIEWS);
	}

	@Test
	void aBranchGoesToItsCommitteeWhenItsReviewsAreComplete() {
		ProcessInstance process = windowClosed();

		// What the nomination side sends when the last review of G2C is in.
		runtimeService().createMessageCorrelation(EditionProcess.MESSAGE_BRANCH_REVIEWS_COMPLETE)
			.processInstanceBusinessKey("ACH-4")
			.localVariableEquals(Var.BRANCH_CODE, "G2C")
			.correlate();

		ProcessInstance committee = committee("ACH-4-G2C");
		assertThat(committee).isWaitingAt("Task_StubCommittee")
			.variables()
			.contains(entry(Var.PROGRAMME_CODE, "ACH"), entry(Var.EDITION_NUMBER, 4), entry(Var.BRANCH_CODE, "G2C"));
		assertThat(committee("ACH-4-G2B")).isNull();
		// G2B still waits for its reviews or the deadline.
		assertThat(runtimeService().createExecutionQuery()
			.processInstanceId(process.getId())
			.activityId(AWAIT_REVIEWS)
			.count()).isEqualTo(1);
	}

	@Test
	void aBranchWhoseReviewsAreAlreadyCompleteGoesToItsCommitteeAtOnce() {
		// G2B has no nomination left in screening or review when the window closes.
		this.branchesReviewed.add("G2B");

		ProcessInstance process = windowClosed();

		assertThat(committee("ACH-4-G2B")).isNotNull();
		assertThat(committee("ACH-4-G2C")).isNull();
		assertThat(process).hasPassed("Task_CheckBranchReviews", "Gateway_BranchReviewsComplete")
			.isWaitingAt(AWAIT_REVIEWS, "CallActivity_Committee");
		assertThat(timers(process, REVIEW_DEADLINE_TIMER)).hasSize(1);
	}

	@Test
	void aBranchGoesToItsCommitteeAtTheReviewDeadline() {
		ProcessInstance process = windowClosed();

		List<Job> deadlines = timers(process, REVIEW_DEADLINE_TIMER);
		assertThat(deadlines).hasSize(2)
			.allSatisfy((job) -> assertThat(job.getDuedate()).isEqualTo(Date.from(REVIEW_DEADLINE)));
		ClockUtil.setCurrentTime(Date.from(REVIEW_DEADLINE.plusSeconds(60)));
		deadlines.forEach((job) -> managementService().executeJob(job.getId()));

		assertThat(committee("ACH-4-G2C")).isNotNull();
		assertThat(committee("ACH-4-G2B")).isNotNull();
		assertThat(process).isWaitingAt("CallActivity_Committee");
	}

	@Test
	void resultsAreAnnouncedAtTheCeremonyDate() throws IOException {
		ProcessInstance process = windowClosed();
		ProcessInstance nomination = nominationAfterWindow(process);
		bothCommitteesDecide(process);

		Task announce = task(process);
		assertThat(announce).hasDefinitionKey(EditionProcess.TASK_ANNOUNCE)
			.hasCandidateGroup("coordinators/ach-4")
			.hasDueDate(Date.from(CEREMONY));
		assertFormRef(announce, "Form_AnnounceResults");
		verify(this.announcements, never()).announce("ACH", 4);

		passTimer(process, CEREMONY_TIMER, CEREMONY);
		assertThat(nomination).isWaitingAt("Event_ResultsAnnounced");
		assertThat(Batches.runAll(managementService())).isOne();

		assertThat(process).isEnded()
			.hasPassed(CEREMONY_TIMER, "Task_PublishResults", "EndEvent_ResultsAnnounced")
			.variables()
			.containsEntry(Var.NOMINATIONS_ANNOUNCED, 1);
		verify(this.announcements).announce("ACH", 4);
		assertThat(nomination).isEnded();
	}

	@Test
	void aCoordinatorAnnouncesBeforeTheCeremony() {
		ProcessInstance process = windowClosed();
		ProcessInstance nomination = nominationAfterWindow(process);
		bothCommitteesDecide(process);

		complete(task(process), withVariables("announceConfirmed", true));
		Batches.runAll(managementService());

		assertThat(process).isEnded()
			.hasPassed(EditionProcess.TASK_ANNOUNCE, "Task_PublishResults", "EndEvent_ResultsAnnounced")
			.hasNotPassed(CEREMONY_TIMER);
		verify(this.announcements).announce("ACH", 4);
		assertThat(nomination).isEnded();
	}

	@Test
	void anIntegratorAnnouncesByMessage() {
		ProcessInstance process = windowClosed();
		bothCommitteesDecide(process);

		runtimeService().createMessageCorrelation(EditionProcess.MESSAGE_ANNOUNCE_RESULTS)
			.processInstanceBusinessKey("ACH-4")
			.correlate();

		assertThat(process).isEnded().hasPassed("BoundaryEvent_AnnounceRequested", "EndEvent_ResultsAnnounced");
		verify(this.announcements).announce("ACH", 4);
	}

	private ProcessInstance start() {
		new EditionLifecycle(engine.getRuntimeService(), (event) -> {
		}).startFor(this.edition);
		return editionProcess();
	}

	private ProcessInstance windowClosed() {
		ProcessInstance process = start();
		passTimer(process, WINDOW_OPENS, OPENS);
		passTimer(process, WINDOW_CLOSES, CLOSES);
		return process;
	}

	/** A nomination that heard of the window closing and now waits for the results. */
	private static ProcessInstance nominationAfterWindow(ProcessInstance process) {
		ProcessInstance nomination = nomination("ACH", 4);
		runtimeService().createMessageCorrelation(EditionProcess.MESSAGE_WINDOW_CLOSED)
			.processInstanceId(nomination.getId())
			.correlate();
		assertThat(nomination).isWaitingAt("Event_ResultsAnnounced");
		return nomination;
	}

	private static void bothCommitteesDecide(ProcessInstance process) {
		for (String branch : List.of("G2C", "G2B")) {
			runtimeService().createMessageCorrelation(EditionProcess.MESSAGE_BRANCH_REVIEWS_COMPLETE)
				.processInstanceBusinessKey("ACH-4")
				.localVariableEquals(Var.BRANCH_CODE, branch)
				.correlate();
			complete(task(committee("ACH-4-" + branch)));
			// The branch's end is the edition's own job, after the committee's.
			execute(job("CallActivity_Committee", process));
		}
		assertThat(process).isWaitingAtExactly(EditionProcess.TASK_ANNOUNCE);
	}

	private static ProcessInstance editionProcess() {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(EditionProcess.KEY)
			.processInstanceBusinessKey("ACH-4")
			.singleResult();
	}

	private static ProcessInstance committee(String businessKey) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("CommitteeProcess")
			.processInstanceBusinessKey(businessKey)
			.singleResult();
	}

	private static ProcessInstance nomination(String programmeCode, int editionNumber) {
		return runtimeService().startProcessInstanceByKey("NominationProcess",
				withVariables(Var.PROGRAMME_CODE, programmeCode, Var.EDITION_NUMBER, editionNumber));
	}

	private static List<Job> timers(ProcessInstance process, String activityId) {
		return managementService().createJobQuery()
			.processInstanceId(process.getId())
			.activityId(activityId)
			.timers()
			.list();
	}

	/** Checks the timer is due exactly at the instant, moves the clock past it, fires. */
	private static void passTimer(ProcessInstance process, String activityId, Instant dueAt) {
		List<Job> jobs = timers(process, activityId);
		assertThat(jobs).hasSize(1);
		assertThat(jobs.get(0).getDuedate()).isEqualTo(Date.from(dueAt));
		ClockUtil.setCurrentTime(Date.from(dueAt.plusSeconds(60)));
		managementService().executeJob(jobs.get(0).getId());
	}

	private static void assertFormRef(Task task, String formId) throws IOException {
		Task withFormKey = taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
		assertThat(withFormKey.getCamundaFormRef().getKey()).isEqualTo(formId);
		assertThat(withFormKey.getCamundaFormRef().getBinding()).isEqualTo("deployment");
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"" + formId + "\"");
		}
	}

}
