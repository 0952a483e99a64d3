package org.injaz.committee.process;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.injaz.committee.BranchKey;
import org.injaz.committee.BranchLimits;
import org.injaz.committee.Candidate;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.DecisionRefusedException;
import org.injaz.committee.Selection;
import org.injaz.committee.VoteTally;
import org.injaz.committee.process.CommitteeProcess.Var;
import org.injaz.nomination.NominationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The committee process on the engine alone with its real glue (delegates, listeners, the
 * member list from the engine's identity) in front of a stand-in committee service that
 * applies the real selection rules. Nominations are a stub process waiting for
 * Message_CommitteeDecided.
 */
@Deployment(resources = { "bpmn/committee.bpmn", "bpmn/cast-vote.form", "bpmn/finalise-decision.form",
		"org/injaz/committee/process/stub-nomination.bpmn" })
class CommitteeProcessTest {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("camunda-spin.cfg.xml")
		.build();

	private static final BranchKey BRANCH = new BranchKey("ACH", 4, "G2C");

	private static final String G2C_COMMITTEE = CommitteeProcess.COMMITTEE + "/g2c";

	private static final String OTHER_BRANCH_MEMBER = "leadmember";

	private static final String FIRST = "ACH-4-G2C-0001";

	private static final String SECOND = "ACH-4-G2C-0002";

	private static final String THIRD = "ACH-4-G2C-0003";

	private static final List<String> MEMBERS = List.of("member1", "member2", "member3");

	private static final BranchLimits LIMITS = new BranchLimits(1, 2);

	private final CommitteeService committee = mock(CommitteeService.class);

	private final List<Candidate> ranked = List.of(
			new Candidate(FIRST, "Sehhaty appointments", "Ministry of Health", new BigDecimal("91.50")),
			new Candidate(SECOND, "Instant registration", "Ministry of Commerce", new BigDecimal("84.00")),
			new Candidate(THIRD, "Absher", "Ministry of Interior", new BigDecimal("77.25")));

	private final Map<String, NominationOutcome> decided = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		IdentityService identity = engine.getIdentityService();
		identity.saveGroup(identity.newGroup(CommitteeProcess.COMMITTEE));
		// The G2C committee; a member of another branch's committee only must not get a
		// vote here.
		identity.saveGroup(identity.newGroup(G2C_COMMITTEE));
		identity.saveGroup(identity.newGroup(CommitteeProcess.COMMITTEE + "/lead"));
		for (String member : MEMBERS) {
			User user = identity.newUser(member);
			user.setFirstName(member);
			user.setLastName("Member");
			identity.saveUser(user);
			identity.createMembership(member, CommitteeProcess.COMMITTEE);
			identity.createMembership(member, G2C_COMMITTEE);
		}
		User other = identity.newUser(OTHER_BRANCH_MEMBER);
		identity.saveUser(other);
		identity.createMembership(OTHER_BRANCH_MEMBER, CommitteeProcess.COMMITTEE);
		identity.createMembership(OTHER_BRANCH_MEMBER, CommitteeProcess.COMMITTEE + "/lead");
		when(this.committee.ranked(BRANCH)).thenAnswer((invocation) -> this.ranked);
		when(this.committee.limits(BRANCH)).thenReturn(LIMITS);
		when(this.committee.tally(BRANCH)).thenAnswer((invocation) -> this.ranked.stream()
			.map((candidate) -> new VoteTally(candidate, FIRST.equals(candidate.reference()) ? 2 : 0, 0, 0))
			.toList());
		// The real rules: the stand-in refuses what the service would refuse.
		when(this.committee.finalise(eq(BRANCH), anyString(), anyCollection(), anyCollection()))
			.thenAnswer((invocation) -> {
				this.decided.putAll(Selection.of(invocation.getArgument(2), invocation.getArgument(3))
					.outcomes(this.ranked.stream().map(Candidate::reference).toList(), LIMITS.maxWinners(),
							LIMITS.maxFinalists()));
				return Map.copyOf(this.decided);
			});
		when(this.committee.outcomes(BRANCH)).thenAnswer((invocation) -> Map.copyOf(this.decided));
		org.mockito.Mockito.doAnswer((invocation) -> {
			Selection.of(invocation.getArgument(2), invocation.getArgument(3))
				.outcomes(this.ranked.stream().map(Candidate::reference).toList(), LIMITS.maxWinners(),
						LIMITS.maxFinalists());
			return null;
		}).when(this.committee).recordVote(eq(BRANCH), anyString(), anyCollection(), anyCollection());

		Mocks.register("rankNominationsDelegate", new RankNominationsDelegate(this.committee));
		Mocks.register("committeeMembers", new CommitteeMembers(identity));
		Mocks.register("recordCommitteeVote", new RecordCommitteeVoteListener(this.committee));
		Mocks.register("tallyCommitteeVotesDelegate", new TallyCommitteeVotesDelegate(this.committee));
		Mocks.register("finaliseCommitteeDecision", new FinaliseCommitteeDecisionListener(this.committee));
		Mocks.register("sendCommitteeOutcomesDelegate",
				new SendCommitteeOutcomesDelegate(this.committee, engine.getRuntimeService()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		IdentityService identity = engine.getIdentityService();
		MEMBERS.forEach(identity::deleteUser);
		identity.deleteUser(OTHER_BRANCH_MEMBER);
		identity.deleteGroup(CommitteeProcess.COMMITTEE);
		identity.deleteGroup(G2C_COMMITTEE);
		identity.deleteGroup(CommitteeProcess.COMMITTEE + "/lead");
	}

	/**
	 * Only the branch's committee votes: the member of the LEAD committee alone gets no
	 * task here.
	 */
	@Test
	void everyMemberGetsAVoteTaskWithTheRankedList() throws IOException {
		ProcessInstance committee = convene();

		assertThat(committee).hasPassed("Task_RankNominations", "Gateway_AnyCandidates")
			.isWaitingAt(CommitteeProcess.TASK_CAST_VOTE);
		List<Task> votes = voteTasks(committee);
		assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(MEMBERS);
		assertThat(votes).allSatisfy((vote) -> {
			assertThat(vote.getName()).contains("G2C");
			assertThat(vote.getDueDate()).isNotNull();
		});
		assertFormRef(votes.get(0), "Form_CastVote");
		assertThat(committee).variables()
			.contains(entry(Var.HAS_CANDIDATES, true), entry(Var.MAX_WINNERS, 1), entry(Var.MAX_FINALISTS, 2));
		Map<String, Object> variables = runtimeService().getVariables(committee.getId());
		assertThat(variables.get(Var.RANKED_NOMINATIONS).toString()).contains("{\"reference\":\"" + FIRST
				+ "\",\"title\":\"Sehhaty appointments\",\"entity\":\"Ministry of Health\",\"score\":91.5}");
		assertThat(variables.get(Var.CANDIDATE_OPTIONS).toString()).contains("\"value\":\"" + SECOND + "\"");
		assertThat((String) variables.get(Var.RANKED_NOMINATIONS_TEXT)).startsWith("1. " + FIRST)
			.contains("3. " + THIRD);
	}

	@Test
	void votingEndsWhenAMajorityHasVotedAndTheRestAreCancelled() {
		ProcessInstance committee = convene();

		vote(committee, "member1", List.of(FIRST), List.of(SECOND));
		assertThat(committee).isWaitingAt(CommitteeProcess.TASK_CAST_VOTE);
		assertThat(voteTasks(committee)).extracting(Task::getAssignee).containsExactlyInAnyOrder("member2", "member3");

		vote(committee, "member3", List.of(FIRST), List.of());

		// Two of three is a majority: member2's task is cancelled, the chair takes over.
		assertThat(voteTasks(committee)).isEmpty();
		assertThat(committee).hasPassed("Task_TallyVotes").isWaitingAtExactly(CommitteeProcess.TASK_FINALISE);
		verify(this.committee).recordVote(BRANCH, "member1", List.of(FIRST), List.of(SECOND));
		verify(this.committee).recordVote(BRANCH, "member3", List.of(FIRST), List.of());
		verify(this.committee, never()).recordVote(eq(BRANCH), eq("member2"), any(), any());
		// Votes stay with the domain and the task instance, never on the process.
		assertThat(committee).variables().doesNotContainKeys(Var.VOTE_WINNERS, Var.VOTE_FINALISTS);
		assertThat(committee).variables().extractingByKey(Var.VOTE_TALLY).asString().contains(FIRST + " · ");
	}

	@Test
	void aVoteWithTooManyWinnersIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance committee = convene();
		Task task = voteTask(committee, "member1");

		assertThatThrownBy(
				() -> taskService().complete(task.getId(), withVariables(Var.VOTE_WINNERS, List.of(FIRST, SECOND))))
			.isInstanceOf(ProcessEngineException.class)
			.hasRootCauseInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("at most 1 winner");

		assertThat(voteTasks(committee)).hasSize(3);
	}

	@Test
	void theChairFinalisesAndEveryWaitingNominationGetsItsOutcome() throws IOException {
		ProcessInstance first = nominationAtCommittee(FIRST);
		ProcessInstance second = nominationAtCommittee(SECOND);
		// THIRD was withdrawn meanwhile: no process waits for its outcome.
		ProcessInstance committee = convene();
		vote(committee, "member1", List.of(FIRST), List.of(SECOND));
		vote(committee, "member2", List.of(FIRST), List.of(SECOND, THIRD));

		Task finalise = finaliseTask(committee);
		assertThat(finalise).hasCandidateGroup(CommitteeProcess.CHAIRS).isNotAssigned();
		assertThat(finalise.getDueDate()).isNotNull();
		assertFormRef(finalise, "Form_FinaliseDecision");
		taskService().claim(finalise.getId(), "member1");
		// As Tasklist submits a checklist: a JSON array.
		taskService().complete(finalise.getId(), withVariables(Var.WINNERS, SpinValues.jsonValue("[\"" + FIRST + "\"]"),
				Var.FINALISTS, SpinValues.jsonValue("[\"" + SECOND + "\"]")));

		verify(this.committee).finalise(BRANCH, "member1", List.of(FIRST), List.of(SECOND));
		assertThat(committee).isWaitingAtExactly("Task_SendOutcomes");
		executeJob(committee);

		assertThat(committee).isEnded().hasPassed("Task_SendOutcomes", "EndEvent_BranchDecided");
		assertThat(committee).variables()
			.contains(entry(Var.OUTCOMES_DELIVERED, 2), entry(Var.OUTCOMES_SKIPPED, THIRD));
		assertThat(first).isWaitingAt("Task_StubDecided").variables().containsEntry(Var.COMMITTEE_OUTCOME, "WINNER");
		assertThat(second).isWaitingAt("Task_StubDecided").variables().containsEntry(Var.COMMITTEE_OUTCOME, "FINALIST");
	}

	@Test
	void theChairCannotNameMoreWinnersThanTheBranchAllows() {
		ProcessInstance committee = convene();
		vote(committee, "member1", List.of(FIRST), List.of());
		vote(committee, "member2", List.of(FIRST), List.of());
		Task finalise = finaliseTask(committee);
		taskService().claim(finalise.getId(), "member1");

		assertThatThrownBy(() -> taskService().complete(finalise.getId(),
				withVariables(Var.WINNERS, List.of(FIRST, SECOND), Var.FINALISTS, List.of(THIRD))))
			.isInstanceOf(ProcessEngineException.class)
			.hasRootCauseInstanceOf(DecisionRefusedException.class)
			.hasMessageContaining("at most 1 winner");

		assertThat(committee).isWaitingAtExactly(CommitteeProcess.TASK_FINALISE);
		assertThat(this.decided).isEmpty();

		taskService().complete(finalise.getId(), withVariables(Var.WINNERS, List.of(FIRST)));
		assertThat(committee).isWaitingAtExactly("Task_SendOutcomes");
		assertThat(this.decided).containsExactly(entry(FIRST, NominationOutcome.WINNER),
				entry(SECOND, NominationOutcome.NOT_AWARDED), entry(THIRD, NominationOutcome.NOT_AWARDED));
	}

	@Test
	void aBranchWithoutNominationsHasNothingToDecide() {
		when(this.committee.ranked(BRANCH)).thenReturn(List.of());

		ProcessInstance committee = convene();

		assertThat(committee).isEnded()
			.hasPassed("EndEvent_NothingToDecide")
			.hasNotPassed(CommitteeProcess.TASK_CAST_VOTE, CommitteeProcess.TASK_FINALISE);
		verify(this.committee, never()).finalise(any(), any(), any(), any());
	}

	private ProcessInstance convene() {
		return runtimeService().startProcessInstanceByKey(CommitteeProcess.KEY, "ACH-4-G2C",
				withVariables(Var.PROGRAMME_CODE, "ACH", Var.EDITION_NUMBER, 4, Var.BRANCH_CODE, "G2C"));
	}

	private static ProcessInstance nominationAtCommittee(String reference) {
		return runtimeService().startProcessInstanceByKey("NominationProcess", reference);
	}

	private static List<Task> voteTasks(ProcessInstance committee) {
		return taskService().createTaskQuery()
			.processInstanceId(committee.getId())
			.taskDefinitionKey(CommitteeProcess.TASK_CAST_VOTE)
			.list();
	}

	private static Task voteTask(ProcessInstance committee, String member) {
		return taskService().createTaskQuery()
			.processInstanceId(committee.getId())
			.taskDefinitionKey(CommitteeProcess.TASK_CAST_VOTE)
			.taskAssignee(member)
			.singleResult();
	}

	private static Task finaliseTask(ProcessInstance committee) {
		return taskService().createTaskQuery()
			.processInstanceId(committee.getId())
			.taskDefinitionKey(CommitteeProcess.TASK_FINALISE)
			.singleResult();
	}

	private static void vote(ProcessInstance committee, String member, Collection<String> winners,
			Collection<String> finalists) {
		taskService().complete(voteTask(committee, member).getId(),
				withVariables(Var.VOTE_WINNERS, List.copyOf(winners), Var.VOTE_FINALISTS, List.copyOf(finalists)));
	}

	private static void executeJob(ProcessInstance instance) {
		Job job = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
		managementService().executeJob(job.getId());
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
