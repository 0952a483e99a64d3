package org.injaz.process;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.injaz.nomination.process.NominationProcess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form Tasklist submits that the award's rules refuse comes back from the engine's REST
 * API as a bad request with the refusal's message, and the task stays open (demo data of
 * the embedded default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:refused-steps;DB_CLOSE_DELAY=-1")
class RefusedStepsOverEngineRestTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService taskService;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aReviewWithoutScoresIsABadRequestAndTheReviewStaysOpen() throws Exception {
		Task review = this.taskService.createTaskQuery()
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee("reviewer1")
			.singleResult();

		ResponseEntity<String> response = submitForm("reviewer1", review, "{\"variables\":{}}");

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
		JsonNode error = this.json.readTree(response.getBody());
		assertThat(error.path("type").asText()).isEqualTo("RefusedStepException");
		assertThat(error.path("message").asText()).startsWith("Score every criterion: ");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
	}

	@Test
	void aReviewScoredOutOfRangeIsABadRequest() throws Exception {
		Task review = this.taskService.createTaskQuery()
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee("reviewer1")
			.singleResult();
		StringBuilder scores = new StringBuilder();
		for (int i = 1; i <= 8; i++) {
			scores.append("\"criterionScore").append(i).append("\":{\"value\":11,\"type\":\"Integer\"},");
		}

		ResponseEntity<String> response = submitForm("reviewer1", review,
				"{\"variables\":{" + scores.substring(0, scores.length() - 1) + "}}");

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
		assertThat(this.json.readTree(response.getBody()).path("message").asText()).contains("scored 0 to 10, got 11");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
	}

	@Test
	void anAssignmentWithoutExpertsIsABadRequestFromTheDelegate() throws Exception {
		Task assignment = this.taskService.createTaskQuery()
			.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
			.singleResult();

		ResponseEntity<String> response = submitForm("coordinator", assignment,
				"{\"variables\":{\"" + NominationProcess.Var.REVIEWERS + "\":{\"value\":\" \",\"type\":\"String\"}}}");

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
		assertThat(this.json.readTree(response.getBody()).path("message").asText()).startsWith("Choose 1 to ");
		assertThat(this.taskService.createTaskQuery().taskId(assignment.getId()).count()).isOne();
	}

	@Test
	void otherEngineFailuresKeepTheEnginesOwnAnswer() throws Exception {
		ResponseEntity<String> response = submitForm("coordinator", null, "{\"variables\":{}}");

		// The engine's REST API answers an unknown task's form this way itself.
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(500);
		JsonNode error = this.json.readTree(response.getBody());
		assertThat(error.path("type").asText()).isEqualTo("RestException");
		assertThat(error.path("message").asText()).contains("Cannot find task with id no-such-task");
	}

	private ResponseEntity<String> submitForm(String user, Task task, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String id = (task != null) ? task.getId() : "no-such-task";
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + id + "/submit-form", new HttpEntity<>(body, headers), String.class);
	}

}
