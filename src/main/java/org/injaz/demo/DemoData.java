package org.injaz.demo;

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
		submit("nominee1", "G2C", "وزارة الصحة · Ministry of Health", "GOVERNMENT",
				"حجز المواعيد عبر منصة صحتي · Appointment booking on Sehhaty");
		submit("nominee2", "INDIV", "ريم المطيري · Reem Al-Mutairi", "INDIVIDUAL",
				"فكرة: تتبع الطلبات الحكومية برسالة واحدة · Idea: one message to track every government request");
		ProcessInstance inReview = submit("nominee1", "G2B", "وزارة التجارة · Ministry of Commerce", "GOVERNMENT",
				"السجل التجاري الفوري · Instant commercial registration");
		screenEligible(inReview, "reviewer2");
		ProcessInstance atCommittee = submit("nominee1", "MOBILE", "وزارة الداخلية · Ministry of Interior",
				"GOVERNMENT", "تطبيق أبشر · Absher app");
		screenEligible(atCommittee, "reviewer1");
		complete(atCommittee, NominationProcess.TASK_REVIEW, "reviewer1",
				Map.of(Var.REVIEW_SCORE, 87, Var.REVIEW_COMMENT, "خدمة متكاملة وسهلة · Complete and easy to use"));
		ProcessInstance ineligible = submit("nominee1", "G2G", "شركة تقنية خاصة · A private technology company",
				"PRIVATE", "ربط الأنظمة · Systems integration");
		screenIneligible(ineligible);
		ProcessInstance decided = submit("nominee1", "EPART",
				"المركز الوطني للتنافسية · National Competitiveness Centre", "SEMI_GOVERNMENT",
				"منصة استطلاع · Public consultation platform");
		screenEligible(decided, "reviewer1");
		complete(decided, NominationProcess.TASK_REVIEW, "reviewer1",
				Map.of(Var.REVIEW_SCORE, 92, Var.REVIEW_COMMENT, "مشاركة واسعة · Wide participation"));
		complete(decided, NominationProcess.TASK_DECIDE, "committee1", Map.of(Var.COMMITTEE_OUTCOME, "WINNER"));
		log.info("Demo data: the Achievement Award, edition {} and six nominations", DemoAwards.OPEN_EDITION);
	}

	private ProcessInstance submit(String nominee, String branch, String entity, String entityType, String title) {
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, nominee, Var.BRANCH_CODE, branch, Var.ENTITY_NAME, entity, Var.ENTITY_TYPE,
						entityType, Var.TITLE, title, Var.SUMMARY, title, Var.SERVICE_URL,
						"https://example.gov.sa/services"));
	}

	private void screenIneligible(ProcessInstance nomination) {
		complete(nomination, NominationProcess.TASK_SCREEN, "coordinator",
				Map.of(Var.SCREENING_DECISION, "INELIGIBLE", Var.SCREENING_REASON, "فرز تجريبي · Demo screening"));
	}

	private void screenEligible(ProcessInstance nomination, String reviewer) {
		complete(nomination, NominationProcess.TASK_SCREEN, "coordinator", Map.of(Var.SCREENING_DECISION, "ELIGIBLE",
				Var.SCREENING_REASON, "فرز تجريبي · Demo screening", Var.REVIEWER, reviewer));
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
