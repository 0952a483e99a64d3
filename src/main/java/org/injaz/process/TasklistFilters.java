package org.injaz.process;

import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * Tasklist shows no task until a filter exists; these are created once, by name, at
 * start-up.
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

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure(MY_TASKS, -10, "Tasks assigned to me",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		ensure(MY_GROUPS_TASKS, -5, "Unclaimed tasks offered to my groups",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned()
					.orderByTaskCreateTime()
					.asc());
		// Nearest due date first, like the other work lists: Tasklist's own sorting is
		// added after the filter's, and one order lets an index serve the first page.
		ensure(SCREENING, 0, "Nominations waiting for eligibility screening",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_SCREEN)
					.orderByDueDate()
					.asc());
		ensure(REVIEWER_ASSIGNMENT, 1, "Eligible nominations waiting for their experts",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
					.orderByTaskCreateTime()
					.asc());
		ensure(REASSIGNMENT_AND_MODERATION, 3, "Reviews to hand to another expert and scores to moderate",
				this.taskService.createTaskQuery()
					.taskDefinitionKeyIn(NominationProcess.TASK_REASSIGN_REVIEW, NominationProcess.TASK_MODERATE_SCORES)
					.orderByDueDate()
					.asc());
		ensure(OPEN_CLARIFICATIONS, 4, "Questions the nominees have not answered yet",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_ANSWER_CLARIFICATION)
					.orderByDueDate()
					.asc());
		ensure(MY_REVIEWS, -8, "Reviews assigned to me, the nearest due date first",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_REVIEW)
					.taskAssigneeExpression("${currentUser()}")
					.orderByDueDate()
					.asc());
		ensure(OVERDUE_REVIEWS, 2, "Reviews past their due date, to chase or reassign",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(NominationProcess.TASK_REVIEW)
					.dueBeforeExpression("${now()}")
					.orderByDueDate()
					.asc());
		ensure(COMMITTEE_VOTES, -7, "My votes on the branches' ranked lists",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(CommitteeProcess.TASK_CAST_VOTE)
					.taskAssigneeExpression("${currentUser()}")
					.orderByTaskCreateTime()
					.asc());
		ensure(DECISIONS_TO_FINALISE, -6, "Committee decisions waiting for the chair",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(CommitteeProcess.TASK_FINALISE)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.orderByTaskCreateTime()
					.asc());
		ensure(ANNOUNCEMENTS, 5, "Editions whose results wait to be announced",
				this.taskService.createTaskQuery()
					.taskDefinitionKey(EditionProcess.TASK_ANNOUNCE)
					.orderByTaskCreateTime()
					.asc());
		ensure(ALL_TASKS, 10, "Every open task", this.taskService.createTaskQuery());
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		if (this.filterService.createFilterQuery().filterName(name).count() > 0) {
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
