package org.injaz.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.injaz.committee.process.CommitteeProcess;
import org.injaz.edition.process.EditionProcess;
import org.injaz.nomination.process.NominationProcess;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist shows no task until a filter exists; these are created once, by name, at
 * start-up (the existing names read with one query, the missing filters saved in one
 * transaction).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TasklistFilters implements ApplicationRunner {

	public static final String MY_TASKS = "مهامي · My tasks";

	public static final String MY_GROUPS_TASKS = "مهام مجموعاتي · My groups' tasks";

	public static final String SCREENING = "الفرز · Screening";

	public static final String MY_REVIEWS = "تقييماتي · My reviews";

	public static final String OVERDUE_REVIEWS = "تقييمات متأخرة · Overdue reviews";

	public static final String COMMITTEE_VOTES = "تصويت اللجنة · Committee votes";

	public static final String REVIEWER_ASSIGNMENT = "تعيين المقيّمين · Reviewer assignment";

	public static final String REASSIGNMENT_AND_MODERATION = "إعادة التعيين والمراجعة · Reassignments & moderation";

	public static final String OPEN_CLARIFICATIONS = "استيضاحات معلقة · Open clarifications";

	public static final String DECISIONS_TO_FINALISE = "اعتماد القرار · Decisions to finalise";

	public static final String ANNOUNCEMENTS = "إعلان النتائج · Announcements";

	public static final String ALL_TASKS = "كل المهام · All tasks";

	private final FilterService filterService;

	private final TaskService taskService;

	private final TransactionTemplate transactions;

	TasklistFilters(FilterService filterService, TaskService taskService,
			PlatformTransactionManager transactionManager) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> ensureAll());
	}

	private void ensureAll() {
		Set<String> existing = this.filterService.createFilterQuery()
			.list()
			.stream()
			.map(Filter::getName)
			.collect(Collectors.toSet());
		ensure(existing, MY_TASKS, -10, "Tasks assigned to me",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		ensure(existing, MY_GROUPS_TASKS, -5, "Unclaimed tasks offered to my groups",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned()
					.orderByTaskCreateTime()
					.asc());
		// Nearest due date first, like the other work lists: Tasklist's own sorting is
		// added after the filter's, and one order lets an index serve the first page.
		ensure(existing, SCREENING, 0, "Nominations waiting for eligibility screening",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_SCREEN)
					.orderByDueDate()
					.asc());
		ensure(existing, REVIEWER_ASSIGNMENT, 1, "Eligible nominations waiting for their experts",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
					.orderByTaskCreateTime()
					.asc());
		ensure(existing, REASSIGNMENT_AND_MODERATION, 3, "Reviews to hand to another expert and scores to moderate",
				this.taskService.createTaskQuery()
					.taskDefinitionKeyIn(NominationProcess.TASK_REASSIGN_REVIEW, NominationProcess.TASK_MODERATE_SCORES)
					.orderByDueDate()
					.asc());
		ensure(existing, OPEN_CLARIFICATIONS, 4, "Questions the nominees have not answered yet",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_ANSWER_CLARIFICATION)
					.orderByDueDate()
					.asc());
		ensure(existing, MY_REVIEWS, -8, "Reviews assigned to me, the nearest due date first",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_REVIEW)
					.taskAssigneeExpression("${currentUser()}")
					.orderByDueDate()
					.asc());
		ensure(existing, OVERDUE_REVIEWS, 2, "Reviews past their due date, to chase or reassign",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_REVIEW)
					.dueBeforeExpression("${now()}")
					.orderByDueDate()
					.asc());
		ensure(existing, COMMITTEE_VOTES, -7, "My votes on the branches' ranked lists",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(CommitteeProcess.TASK_CAST_VOTE)
					.taskAssigneeExpression("${currentUser()}")
					.orderByTaskCreateTime()
					.asc());
		ensure(existing, DECISIONS_TO_FINALISE, -6, "Committee decisions waiting for the chair",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(CommitteeProcess.TASK_FINALISE)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.orderByTaskCreateTime()
					.asc());
		ensure(existing, ANNOUNCEMENTS, 5, "Editions whose results wait to be announced",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(EditionProcess.TASK_ANNOUNCE)
					.orderByTaskCreateTime()
					.asc());
		ensure(existing, ALL_TASKS, 10, "Every open task", this.taskService.createTaskQuery());
	}

	private void ensure(Set<String> existing, String name, int priority, String description, TaskQuery query) {
		if (existing.contains(name)) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("description", description);
		properties.put("refresh", true);
		Filter filter = this.filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
		this.filterService.saveFilter(filter);
	}

}
