package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody reaches what belongs to someone else: another reviewer's review, another
 * nominee's nomination, or a nomination of the entity one works for (separation of
 * duties), whatever the route.
 */
@FullStackTest
class CrossAccessIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void aReviewerCannotReadAnotherReviewersReview() throws Exception {
		ProcessInstance nomination = submit("nominee1", "MOBILE", "Saudi Post · البريد السعودي", "SEMI_GOVERNMENT");
		closeWindow(nomination);
		complete(nomination, NominationProcess.TASK_ASSIGN_REVIEWERS, Map.of(Var.REVIEWERS, "reviewer1"));
		Task review = openTask(nomination, NominationProcess.TASK_REVIEW);

		String owner = TestServices.accessToken("reviewer1", "demo");
		String other = TestServices.accessToken("reviewer2", "demo");
		assertThat(get("/engine-rest/task/" + review.getId(), owner).statusCode()).isEqualTo(200);
		assertThat(get("/engine-rest/task/" + review.getId() + "/variables", owner).statusCode()).isEqualTo(200);

		assertThat(get("/engine-rest/task/" + review.getId(), other).statusCode()).isIn(403, 404);
		assertThat(get("/engine-rest/task/" + review.getId() + "/variables", other).statusCode()).isIn(403, 404);
		assertThat(get("/engine-rest/task?processInstanceId=" + nomination.getId(), other).body()).isEqualTo("[]");
		assertThat(get("/engine-rest/process-instance/" + nomination.getId() + "/variables", other).statusCode())
			.isIn(403, 404);
	}

	@Test
	void aNomineeCannotReadAnotherNomineesNomination() throws Exception {
		String reference = submit("nominee1", "G2C", "Ministry of Health · وزارة الصحة", "GOVERNMENT").getBusinessKey();

		HttpResponse<String> owner = get("/api/v1/nominations/" + reference,
				TestServices.accessToken("nominee1", "demo"));
		assertThat(owner.statusCode()).isEqualTo(200);
		assertThat(owner.body()).contains(reference);

		HttpResponse<String> other = get("/api/v1/nominations/" + reference,
				TestServices.accessToken("nominee2", "demo"));
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("Ministry of Health");
		assertThat(get("/api/v1/nominations", TestServices.accessToken("nominee2", "demo")).body())
			.doesNotContain(reference);
	}

	@Test
	void aReviewerFromTheNominatingEntityIsNeverAssigned() throws Exception {
		// reviewer3 works for the Ministry of Commerce (Keycloak attribute
		// "affiliation").
		ProcessInstance nomination = submit("nominee1", "G2B", "Ministry of Commerce · وزارة التجارة", "GOVERNMENT");
		closeWindow(nomination);
		Task screening = openTask(nomination, NominationProcess.TASK_ASSIGN_REVIEWERS);
		String coordinator = TestServices.accessToken("coordinator", "demo");

		assertThat(this.runtimeService.getVariableTyped(nomination.getId(), Var.REVIEWER_OPTIONS).getValue().toString())
			.contains("reviewer2")
			.doesNotContain("reviewer3");
		HttpResponse<String> refused = post("/engine-rest/task/" + screening.getId() + "/complete",
				"{\"variables\":{\"reviewers\":{\"value\":\"reviewer3\"}}}", coordinator);
		assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(refused.body()).contains("may not review or vote on it");
		assertThat(openTask(nomination, NominationProcess.TASK_ASSIGN_REVIEWERS).getId()).isEqualTo(screening.getId());

		HttpResponse<String> accepted = post("/engine-rest/task/" + screening.getId() + "/complete",
				"{\"variables\":{\"reviewers\":{\"value\":\"reviewer2\"}}}", coordinator);
		assertThat(accepted.statusCode()).isEqualTo(204);
		Task review = openTask(nomination, NominationProcess.TASK_REVIEW);
		assertThat(review.getAssignee()).isEqualTo("reviewer2");

		// Nor can the coordinator hand the review over to reviewer3 afterwards.
		HttpResponse<String> reassigned = post("/engine-rest/task/" + review.getId() + "/assignee",
				"{\"userId\":\"reviewer3\"}", coordinator);
		assertThat(reassigned.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(openTask(nomination, NominationProcess.TASK_REVIEW).getAssignee()).isEqualTo("reviewer2");
	}

	@Test
	void aCoordinatorSeesOnlyTheEditionsTheyCoordinate() throws Exception {
		// coordinator coordinates ACH-4 and SHIELD-1; coordinator2 only SHIELD-1.
		// e-Leadership without a measurement result needs a coordinator's screening.
		ProcessInstance nomination = submit("nominee1", "LEAD",
				"المركز الوطني للتنافسية · National Competitiveness Centre", "SEMI_GOVERNMENT");
		String reference = nomination.getBusinessKey();
		Task screening = openTask(nomination, NominationProcess.TASK_SCREEN);
		String own = TestServices.accessToken("coordinator", "demo");
		String other = TestServices.accessToken("coordinator2", "demo");

		assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + reference, own).body())
			.contains(screening.getId());
		assertThat(get("/api/v1/nominations/" + reference, own).statusCode()).isEqualTo(200);

		assertThat(get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference, own).body())
			.contains(nomination.getId());
		assertThat(get("/engine-rest/history/variable-instance?processInstanceId=" + nomination.getId(), own).body())
			.contains("entityName");
		assertThat(get("/engine-rest/history/task?processInstanceBusinessKey=" + reference, own).body())
			.contains(screening.getId());

		assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + reference, other).body()).isEqualTo("[]");
		assertThat(get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference, other).body())
			.isEqualTo("[]");
		assertThat(get("/engine-rest/history/variable-instance?processInstanceId=" + nomination.getId(), other).body())
			.isEqualTo("[]");
		assertThat(get("/engine-rest/history/task?processInstanceBusinessKey=" + reference, other).body())
			.isEqualTo("[]");
		assertThat(get("/engine-rest/process-instance?businessKey=" + reference, other).body()).isEqualTo("[]");
		assertThat(get("/api/v1/nominations/" + reference, other).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/nominations/" + reference + "/audit", other).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/nominations", other).body()).doesNotContain(reference);
		HttpResponse<String> refused = post("/engine-rest/task/" + screening.getId() + "/claim",
				"{\"userId\":\"coordinator2\"}", other);
		assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(openTask(nomination, NominationProcess.TASK_SCREEN).getAssignee()).isNull();
	}

	private ProcessInstance submit(String nominee, String branch, String entity, String entityType) {
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, nominee, Var.BRANCH_CODE, branch, Var.ENTITY_NAME, entity, Var.ENTITY_TYPE,
						entityType, Var.TITLE, "Cross-access probe · اختبار الوصول"));
	}

	private void closeWindow(ProcessInstance nomination) {
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(nomination.getBusinessKey())
			.correlate();
	}

	private void complete(ProcessInstance nomination, String taskKey, Map<String, Object> variables) {
		this.taskService.complete(openTask(nomination, taskKey).getId(), variables);
	}

	private Task openTask(ProcessInstance nomination, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open %s", taskKey).isNotNull();
		return task;
	}

	private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String body, String token)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
