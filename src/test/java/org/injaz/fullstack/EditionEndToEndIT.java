package org.injaz.fullstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.injaz.committee.process.CommitteeProcess;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.process.EditionLifecycle;
import org.injaz.edition.process.EditionProcess;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole edition on PostgreSQL, Keycloak and the job executor, with all seven branches
 * and two nominations each: nominees submit through the API, the window closes,
 * coordinators assign experts, the experts review, every branch's committee votes to a
 * quorum and its chair decides, and a coordinator announces. Tasks are completed through
 * the engine's API as Tasklist would, each by the person it belongs to.
 */
@FullStackTest
class EditionEndToEndIT {

	private static final int EDITION = 9;

	private static final String EDITION_KEY = "ACH-" + EDITION;

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final ObjectMapper json = new ObjectMapper();

	/**
	 * Per branch: two submissions (nominee, entity, type, partners) and the experts
	 * without a conflict.
	 */
	private static final Map<String, Branch> BRANCHES = new LinkedHashMap<>();

	static {
		BRANCHES.put("G2C",
				new Branch(List.of("reviewer1", "reviewer3"),
						new Submission("nominee1", "وزارة الصحة · Ministry of Health", "GOVERNMENT", List.of()),
						new Submission("nominee1", "البريد السعودي · Saudi Post", "SEMI_GOVERNMENT", List.of())));
		BRANCHES.put("G2B",
				new Branch(List.of("reviewer2"),
						new Submission("nominee1", "وزارة التجارة · Ministry of Commerce", "GOVERNMENT", List.of()),
						new Submission("nominee1", "البريد السعودي · Saudi Post", "SEMI_GOVERNMENT", List.of())));
		BRANCHES.put("G2G", new Branch(List.of("reviewer2"),
				new Submission("nominee1", "وزارة الداخلية · Ministry of Interior", "GOVERNMENT",
						List.of("Ministry of Justice")),
				new Submission("nominee1", "وزارة الصحة · Ministry of Health", "GOVERNMENT", List.of("Saudi Post"))));
		BRANCHES.put("EPART",
				new Branch(List.of("reviewer1"),
						new Submission("nominee1", "المركز الوطني للتنافسية · National Competitiveness Centre",
								"SEMI_GOVERNMENT", List.of()),
						new Submission("nominee1", "وزارة الصحة · Ministry of Health", "GOVERNMENT", List.of())));
		BRANCHES.put("MOBILE",
				new Branch(List.of("reviewer1"),
						new Submission("nominee1", "وزارة الداخلية · Ministry of Interior", "GOVERNMENT", List.of()),
						new Submission("nominee1", "البريد السعودي · Saudi Post", "SEMI_GOVERNMENT", List.of())));
		BRANCHES.put("INDIV",
				new Branch(List.of("reviewer3"),
						new Submission("nominee2", "ريم المطيري · Reem Al-Mutairi", "INDIVIDUAL", List.of()),
						new Submission("nominee2", "عمر الغامدي · Omar Al-Ghamdi", "INDIVIDUAL", List.of())));
		BRANCHES.put("LEAD",
				new Branch(List.of("reviewer2"),
						new Submission("nominee1", "إمارة منطقة مكة المكرمة · Emirate of Makkah Region", "GOVERNMENT",
								List.of()),
						new Submission("nominee1", "وزارة الصحة · Ministry of Health", "GOVERNMENT", List.of())));
	}

	@Autowired
	AwardProgrammes programmes;

	@Autowired
	Editions editions;

	@Autowired
	EditionLifecycle editionLifecycle;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Nominations nominations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aWholeEditionRunsFromSubmissionToAnnouncement() throws Exception {
		Instant now = Instant.now();
		Edition edition = this.transactions.execute((status) -> this.editions
			.save(new Edition(this.programmes.findByCode("ACH").orElseThrow(), EDITION, now.minus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(90)))));
		assertThat(this.editionLifecycle.startFor(edition)).isTrue();
		ProcessInstance editionProcess = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EditionProcess.KEY)
			.processInstanceBusinessKey(EDITION_KEY)
			.singleResult();

		// Nominees submit through the product's API; every nomination is eligible and
		// waits for the window.
		Map<String, List<String>> byBranch = new LinkedHashMap<>();
		for (Map.Entry<String, Branch> branch : BRANCHES.entrySet()) {
			List<String> references = new ArrayList<>();
			int n = 0;
			for (Submission submission : branch.getValue().submissions()) {
				references.add(submit(branch.getKey(), submission, ++n));
			}
			byBranch.put(branch.getKey(), references);
		}
		List<String> all = byBranch.values().stream().flatMap(List::stream).toList();
		assertThat(all).hasSize(14);
		awaitStatus(all, NominationStatus.AWAITING_REVIEW);

		// The window closes (its timer, fired now rather than in thirty days).
		Job windowCloses = await("the window-close timer",
				() -> this.managementService.createJobQuery()
					.processInstanceId(editionProcess.getId())
					.activityId("Timer_WindowCloses")
					.singleResult());
		this.managementService.executeJob(windowCloses.getId());

		// Coordinators assign the experts, who review; equal scores within a nomination
		// need no moderation.
		for (Map.Entry<String, List<String>> branch : byBranch.entrySet()) {
			List<String> experts = BRANCHES.get(branch.getKey()).experts();
			int rank = 0;
			for (String reference : branch.getValue()) {
				int score = (rank++ == 0) ? 9 : 6;
				Task assignment = await("reviewer assignment of " + reference,
						() -> task(reference, NominationProcess.TASK_ASSIGN_REVIEWERS));
				this.taskService.claim(assignment.getId(), "coordinator");
				this.taskService.complete(assignment.getId(), Map.of(Var.REVIEWERS, Spin.JSON(experts)));
				for (String expert : experts) {
					Task review = await("the review of " + reference + " by " + expert,
							() -> this.taskService.createTaskQuery()
								.processInstanceBusinessKey(reference)
								.taskDefinitionKey(NominationProcess.TASK_REVIEW)
								.taskAssignee(expert)
								.singleResult());
					int criteria = NominationProcess
						.criterionLabels(this.runtimeService.getVariable(review.getExecutionId(), Var.CRITERION_LABELS))
						.size();
					Map<String, Object> scores = new LinkedHashMap<>();
					for (int i = 1; i <= criteria; i++) {
						scores.put(Var.CRITERION_SCORE + i, score);
					}
					scores.put(Var.REVIEW_COMMENT, "End-to-end review");
					scores.put(Var.CONFLICT_OF_INTEREST, false);
					this.taskService.setVariablesLocal(review.getId(), scores);
					this.taskService.complete(review.getId());
				}
			}
		}
		awaitStatus(all, NominationStatus.AWAITING_COMMITTEE);

		// Each branch's committee: both members vote (the quorum of two), avoiding their
		// own entity's
		// nominations; the chair finalises the best as winner and the other as finalist.
		for (Map.Entry<String, List<String>> branch : byBranch.entrySet()) {
			String committeeKey = EDITION_KEY + "-" + branch.getKey();
			String best = branch.getValue().get(0);
			String second = branch.getValue().get(1);
			// Each branch's committee is its own group (committee/<branch>): LEAD's is
			// committee1 alone.
			List<Task> votes = await("the votes on " + committeeKey, () -> {
				List<Task> open = this.taskService.createTaskQuery()
					.processInstanceBusinessKey(committeeKey)
					.taskDefinitionKey(CommitteeProcess.TASK_CAST_VOTE)
					.list();
				return open.isEmpty() ? null : open;
			});
			assertThat(votes).extracting(Task::getAssignee)
				.containsExactlyInAnyOrderElementsOf(
						"LEAD".equals(branch.getKey()) ? List.of("committee1") : List.of("committee1", "committee2"));
			for (Task vote : votes) {
				String member = vote.getAssignee();
				List<String> winners = conflicted(member, branch.getKey(), 0) ? List.of() : List.of(best);
				List<String> finalists = conflicted(member, branch.getKey(), 1) ? List.of() : List.of(second);
				this.taskService.complete(vote.getId(), Map.of(CommitteeProcess.Var.VOTE_WINNERS, Spin.JSON(winners),
						CommitteeProcess.Var.VOTE_FINALISTS, Spin.JSON(finalists)));
			}
			Task decision = await("the chair's decision on " + committeeKey,
					() -> this.taskService.createTaskQuery()
						.processInstanceBusinessKey(committeeKey)
						.taskDefinitionKey(CommitteeProcess.TASK_FINALISE)
						.singleResult());
			this.taskService.claim(decision.getId(), "committee1");
			this.taskService.complete(decision.getId(), Map.of(CommitteeProcess.Var.WINNERS, Spin.JSON(List.of(best)),
					CommitteeProcess.Var.FINALISTS, Spin.JSON(List.of(second))));
		}
		awaitStatus(all, NominationStatus.DECIDED);

		// Nothing is public before the announcement.
		assertThat(publicResults()).noneMatch((result) -> result.path("editionNumber").asInt() == EDITION);

		Task announce = await("the announcement task",
				() -> this.taskService.createTaskQuery()
					.processInstanceBusinessKey(EDITION_KEY)
					.taskDefinitionKey(EditionProcess.TASK_ANNOUNCE)
					.singleResult());
		this.taskService.claim(announce.getId(), "coordinator");
		this.taskService.complete(announce.getId(), Map.of("announceConfirmed", true));
		awaitStatus(all, NominationStatus.ANNOUNCED);

		List<JsonNode> announced = publicResults().stream()
			.filter((result) -> result.path("editionNumber").asInt() == EDITION)
			.toList();
		assertThat(announced).hasSize(14);
		for (Map.Entry<String, List<String>> branch : byBranch.entrySet()) {
			assertThat(announced).anySatisfy((result) -> {
				assertThat(result.path("reference").asText()).isEqualTo(branch.getValue().get(0));
				assertThat(result.path("outcome").asText()).isEqualTo("WINNER");
			});
			assertThat(announced).anySatisfy((result) -> {
				assertThat(result.path("reference").asText()).isEqualTo(branch.getValue().get(1));
				assertThat(result.path("outcome").asText()).isEqualTo("FINALIST");
			});
		}
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(EDITION_KEY).count())
			.isZero();
		for (String reference : all) {
			assertThat(this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(NominationProcess.KEY)
				.processInstanceBusinessKey(reference)
				.count()).as("%s ended", reference).isZero();
		}
	}

	/** committee2 works for the Ministry of Interior (realm attribute "affiliation"). */
	private static boolean conflicted(String member, String branch, int index) {
		return "committee2".equals(member)
				&& BRANCHES.get(branch).submissions().get(index).entity().contains("Interior");
	}

	private String submit(String branch, Submission submission, int n) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("editionNumber", EDITION);
		body.put("branchCode", branch);
		body.put("entityName", submission.entity());
		body.put("entityType", submission.type());
		body.put("title", "خدمة " + branch + " " + n + " · " + branch + " service " + n);
		body.put("summary", "End-to-end edition " + EDITION);
		body.put("serviceUrl", "https://example.gov.sa/" + branch.toLowerCase() + "/" + n);
		body.put("partnerEntities", submission.partners());
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/api/v1/nominations"))
				.header("Authorization", "Bearer " + TestServices.accessToken(submission.nominee(), "demo"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).path("reference").asText();
	}

	private List<JsonNode> publicResults() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/api/v1/public/results?programme=ACH"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> results = new ArrayList<>();
		json.readTree(response.body()).forEach(results::add);
		return results;
	}

	private Task task(String reference, String key) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(key)
			.singleResult();
	}

	private void awaitStatus(List<String> references, NominationStatus status) {
		await(references.size() + " nominations " + status, () -> {
			List<NominationStatus> statuses = references.stream()
				.map((reference) -> this.nominations.findByReference(reference).orElseThrow().getStatus())
				.toList();
			return statuses.stream().allMatch((each) -> each == status) ? statuses : null;
		});
	}

	/**
	 * The job executor and the asynchronous steps need a moment; 60 s is far beyond what
	 * this takes.
	 */
	private static <T> T await(String what, java.util.function.Supplier<T> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Timed out waiting for " + what);
	}

	record Submission(String nominee, String entity, String type, List<String> partners) {
	}

	record Branch(List<String> experts, List<Submission> submissions) {

		Branch(List<String> experts, Submission first, Submission second) {
			this(experts, List.of(first, second));
		}

	}

}
