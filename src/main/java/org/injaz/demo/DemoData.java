package org.injaz.demo;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, puts a handful of nominations at different stages, so that
 * Tasklist shows work the moment a coordinator signs in. Off with
 * {@code INJAZ_DEMO_DATA=false}.
 */
@Component
@ConditionalOnProperty(name = "injaz.demo-data", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoAwards awards;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	DemoData(DemoAwards awards, RuntimeService runtimeService, TaskService taskService) {
		this.awards = awards;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.awards.ensureAchievementAward()) {
			return;
		}
		// No measurement: the eligibility rules ask a coordinator to screen it.
		submit("nominee1", "LEAD", "المركز الوطني للتنافسية · National Competitiveness Centre", "SEMI_GOVERNMENT",
				"الريادة في التحول الرقمي · Leadership in digital transformation");
		// A cooperation without a named partner: the nominee is asked to clarify.
		submit("nominee1", "G2G", "وزارة العدل · Ministry of Justice", "GOVERNMENT",
				"التنفيذ الإلكتروني للأحكام · Electronic enforcement of judgments");
		// A private company: ineligible by the rules.
		submit("nominee1", "G2G", "شركة تقنية خاصة · A private technology company", "PRIVATE",
				"ربط الأنظمة · Systems integration");
		// Eligible, waiting for the window to close.
		submit("nominee2", "INDIV", "ريم المطيري · Reem Al-Mutairi", "INDIVIDUAL",
				"فكرة: تتبع الطلبات الحكومية برسالة واحدة · Idea: one message to track every government request");
		// The window closed for the following (as if they came in a closed edition).
		ProcessInstance toAssign = submit("nominee1", "G2B", "وزارة التجارة · Ministry of Commerce", "GOVERNMENT",
				"السجل التجاري الفوري · Instant commercial registration");
		closeWindow(toAssign);
		ProcessInstance inReview = submit("nominee1", "MOBILE", "وزارة الداخلية · Ministry of Interior", "GOVERNMENT",
				"تطبيق أبشر · Absher app");
		closeWindow(inReview);
		assignReviewers(inReview, "reviewer1");
		ProcessInstance atCommittee = submit("nominee1", "EPART",
				"المركز الوطني للتنافسية · National Competitiveness Centre", "SEMI_GOVERNMENT",
				"منصة استطلاع · Public consultation platform");
		closeWindow(atCommittee);
		assignReviewers(atCommittee, "reviewer1");
		review(atCommittee, "reviewer1", 9, "مشاركة واسعة · Wide participation");
		ProcessInstance decided = submit("nominee1", "G2C", "وزارة الصحة · Ministry of Health", "GOVERNMENT",
				"حجز المواعيد عبر منصة صحتي · Appointment booking on Sehhaty");
		closeWindow(decided);
		assignReviewers(decided, "reviewer1,reviewer3");
		review(decided, "reviewer1", 9, "خدمة متكاملة وسهلة · Complete and easy to use");
		review(decided, "reviewer3", 8, "أثر واضح على المستفيدين · Clear impact on beneficiaries");
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.COMMITTEE_DECIDED)
			.processInstanceBusinessKey(decided.getBusinessKey())
			.setVariable(Var.COMMITTEE_OUTCOME, "WINNER")
			.correlate();
		log.info("Demo data: the Achievement Award, edition {} and eight nominations", DemoAwards.OPEN_EDITION);
	}

	private ProcessInstance submit(String nominee, String branch, String entity, String entityType, String title) {
		// Each demo service has an address of its own: the same service twice in a branch
		// is a duplicate.
		String serviceUrl = "https://example.gov.sa/services/" + branch.toLowerCase(java.util.Locale.ROOT) + "/"
				+ Integer.toHexString(title.hashCode());
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, nominee, Var.BRANCH_CODE, branch, Var.ENTITY_NAME, entity, Var.ENTITY_TYPE,
						entityType, Var.TITLE, title, Var.SUMMARY, title, Var.SERVICE_URL, serviceUrl));
	}

	private void closeWindow(ProcessInstance nomination) {
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(nomination.getBusinessKey())
			.correlate();
	}

	private void assignReviewers(ProcessInstance nomination, String reviewers) {
		complete(nomination, NominationProcess.TASK_ASSIGN_REVIEWERS, "coordinator", Map.of(Var.REVIEWERS, reviewers));
	}

	/** Scores every criterion of the branch the same, out of 10. */
	private void review(ProcessInstance nomination, String reviewer, int score, String comment) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee(reviewer)
			.singleResult();
		Map<String, Object> variables = new HashMap<>();
		int criteria = NominationProcess
			.criterionLabels(this.taskService.getVariable(task.getId(), Var.CRITERION_LABELS))
			.size();
		for (int i = 1; i <= criteria; i++) {
			variables.put(Var.CRITERION_SCORE + i, score);
		}
		variables.put(Var.REVIEW_COMMENT, comment);
		variables.put(Var.CONFLICT_OF_INTEREST, false);
		this.taskService.complete(task.getId(), variables);
	}

	private void complete(ProcessInstance nomination, String taskKey, String user, Map<String, Object> variables) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task.getAssignee() == null) {
			this.taskService.claim(task.getId(), user);
		}
		this.taskService.complete(task.getId(), variables);
	}

}
