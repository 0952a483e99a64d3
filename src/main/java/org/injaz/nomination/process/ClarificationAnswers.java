package org.injaz.nomination.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.NominationProcess.Var;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a nominee answer a clarification without Tasklist (e.g. through the product's
 * API): completes their open {@code Task_AnswerClarification}. Someone else's nomination,
 * or one without an open question, is reported as unknown.
 */
@Service
public class ClarificationAnswers {

	private final TaskService taskService;

	ClarificationAnswers(TaskService taskService) {
		this.taskService = taskService;
	}

	/** The open question to the nominee, Arabic · English, if there is one. */
	@Transactional(readOnly = true)
	public String openQuestion(String reference, String nominee) {
		return (String) this.taskService.getVariable(openTask(reference, nominee).getId(), Var.CLARIFICATION_QUESTION);
	}

	@Transactional
	public void answer(String reference, String nominee, String answer, List<String> partnerEntities) {
		if (answer == null || answer.isBlank()) {
			throw new IllegalArgumentException("An answer is required");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(Var.CLARIFICATION_ANSWER, answer.strip());
		if (partnerEntities != null && !partnerEntities.isEmpty()) {
			variables.put(Var.PARTNER_ENTITIES, String.join("\n", partnerEntities));
		}
		this.taskService.complete(openTask(reference, nominee).getId(), variables);
	}

	private Task openTask(String reference, String nominee) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(NominationProcess.TASK_ANSWER_CLARIFICATION)
			.taskAssignee(nominee)
			.singleResult();
		if (task == null) {
			throw new UnknownNominationException(reference);
		}
		return task;
	}

}
