package org.injaz.fullstack;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.entity.NominatingEntities;
import org.injaz.entity.NominatingEntity;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.process.PermissionChecks;
import org.injaz.process.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real PostgreSQL: it boots on an empty database, Flyway and the
 * engine create their schemas, the models from bpmn/ are deployed, and one nomination
 * runs from submission to the committee's decision.
 */
@FullStackTest
class NominationOnPostgresIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	FilterService filterService;

	@Autowired
	IdentityService identityService;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ProcessEngineConfigurationImpl processEngineConfiguration;

	@Autowired
	NominationService nominationService;

	@Autowired
	Nominations nominations;

	@Autowired
	NominatingEntities entities;

	@Test
	void runsOnPostgresqlWithBothSchemas() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		assertThat(this.jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1");
		assertThat(this.jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

	@Test
	void findsTheEntityANominationNamesInItsText() {
		assertThat(this.entities.findNamedIn("البريد السعودي · saudi post")).map(NominatingEntity::getNameEn)
			.contains("Saudi Post");
		assertThat(this.entities.findNamedIn("no entity of the demo")).isEmpty();
	}

	@Test
	void everyConnectionHasThePlannerSettingsOfTheTaskLists() {
		assertThat(this.jdbc.queryForList(
				"select setting from pg_settings where name in ('plan_cache_mode', 'jit', 'random_page_cost') order by name",
				String.class))
			.containsExactly("off", "auto", "1.1");
	}

	@Test
	void taskQueriesArePlannedWithTheirValuesAndNothingElseIs() {
		// One statement with the id of the task count, one with another id.
		String taskCount = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";
		String otherQuery = "org.camunda.bpm.engine.impl.persistence.entity.FilterEntity.selectFilter";
		try (SqlSession session = planCacheModeReporting(taskCount, otherQuery)) {
			assertThat((String) session.selectOne(otherQuery)).isEqualTo("auto");
			assertThat((String) session.selectOne(taskCount, new TaskQueryImpl().taskAssignee("reviewer1")))
				.isEqualTo("force_custom_plan");
			// The rest of the transaction plans as before.
			assertThat((String) session.selectOne(otherQuery)).isEqualTo("auto");
			// A query pinned to one case keeps PostgreSQL's default.
			assertThat((String) session.selectOne(taskCount,
					new TaskQueryImpl().taskAssignee("reviewer1").processInstanceBusinessKey("ACH-4-G2C-0001")))
				.isEqualTo("auto");
			assertThat((String) session.selectOne(taskCount, new TaskQueryImpl().processInstanceId("42")))
				.isEqualTo("auto");
			session.rollback();
		}
	}

	@Test
	void authorizationChecksOfSeveralPermissionsRunWithAGenericPlanAndNothingElseDoes() {
		String check = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.isUserAuthorizedForResource";
		CompositePermissionCheck taskWork = new CompositePermissionCheck(true);
		taskWork.addAtomicCheck(PermissionChecks.of(TaskPermissions.TASK_WORK, Resources.TASK, "task-1"));
		taskWork.addAtomicCheck(
				PermissionChecks.of(Permissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, "NominationProcess"));
		CompositePermissionCheck read = new CompositePermissionCheck(true);
		read.addAtomicCheck(PermissionChecks.of(Permissions.READ, Resources.TASK, "task-1"));
		List<String> groups = List.of("coordinators", "coordinators/ach-4");
		try (SqlSession session = planCacheModeReporting(check)) {
			assertThat(
					(String) session.selectOne(check, new AuthorizationCheck("coordinator", groups, taskWork, false)))
				.isEqualTo("force_generic_plan");
			// The rest of the transaction plans as before, a check of one permission too.
			assertThat((String) session.selectOne(check, new AuthorizationCheck("coordinator", groups, read, false)))
				.isEqualTo("auto");
			session.rollback();
		}
	}

	/**
	 * A session (one transaction) through the engine's own MyBatis interceptors, with
	 * statements of these ids that report the plan cache mode they run with.
	 */
	private SqlSession planCacheModeReporting(String... ids) {
		Configuration mybatis = new Configuration(
				new Environment("plan-cache-mode", new JdbcTransactionFactory(), this.dataSource));
		// Each statement run again, not answered from the session's cache.
		mybatis.setLocalCacheScope(LocalCacheScope.STATEMENT);
		this.processEngineConfiguration.getSqlSessionFactory()
			.getConfiguration()
			.getInterceptors()
			.forEach(mybatis::addInterceptor);
		for (String id : ids) {
			mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, id,
					new StaticSqlSource(mybatis, "select current_setting('plan_cache_mode')"), SqlCommandType.SELECT)
				.resultMaps(List.of(new ResultMap.Builder(mybatis, id + "-setting", String.class, List.of()).build()))
				.build());
		}
		return new DefaultSqlSessionFactory(mybatis).openSession(false);
	}

	@Test
	void theTaskListsTransactionsPlanAsUsualAfterTheirTaskQuery() {
		String filter = this.filterService.createFilterQuery()
			.filterName(TasklistFilters.SCREENING)
			.singleResult()
			.getId();

		assertThat(
				planCacheModeAfter(() -> this.taskService.createTaskQuery().taskCandidateGroup("coordinators").count()))
			.isEqualTo("auto");
		// As Tasklist asks: signed in, through the filter.
		this.identityService.setAuthentication("coordinator", List.of("coordinators"));
		try {
			assertThat(planCacheModeAfter(() -> this.filterService.list(filter))).isEqualTo("auto");
			assertThat(planCacheModeAfter(() -> this.filterService.count(filter))).isEqualTo("auto");
		}
		finally {
			this.identityService.clearAuthentication();
		}
		// Outside a transaction of ours, the engine's own one ends with the query.
		this.taskService.createTaskQuery().list();
		assertThat(planCacheMode()).isEqualTo("auto");
	}

	/** The setting at the end of a transaction that did {@code work}. */
	private String planCacheModeAfter(Runnable work) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> {
			work.run();
			return planCacheMode();
		});
	}

	private String planCacheMode() {
		return this.jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
	}

	@Test
	void theDriverSendsTheEnginesInsertBatchesAsMultiRowInserts() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
				.isTrue();
		}
	}

	@Test
	void deploysEveryModelFromTheBpmnFolder() {
		assertThat(this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.latestVersion()
			.singleResult()).isNotNull();
		assertThat(this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(NominationProcess.DECISION_ELIGIBILITY)
			.latestVersion()
			.singleResult()).isNotNull();
		// The models in bpmn/ are deployed together, so the forms and the decision sit
		// beside the process.
		String deploymentId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		List<String> resources = this.repositoryService.getDeploymentResourceNames(deploymentId);
		assertThat(resources).anyMatch((name) -> name.endsWith("nomination.bpmn"))
			.anyMatch((name) -> name.endsWith("eligibility.dmn"))
			.anyMatch((name) -> name.endsWith("submit-nomination.form"))
			.anyMatch((name) -> name.endsWith("screen-nomination.form"))
			.anyMatch((name) -> name.endsWith("answer-clarification.form"))
			.anyMatch((name) -> name.endsWith("assign-reviewers.form"))
			.anyMatch((name) -> name.endsWith("review-nomination.form"))
			.anyMatch((name) -> name.endsWith("reassign-review.form"))
			.anyMatch((name) -> name.endsWith("moderate-scores.form"));
	}

	@Test
	void seedsDemoNominationsAtSeveralStages() {
		assertThat(this.nominations.findAll()).extracting(Nomination::getStatus)
			.contains(NominationStatus.SCREENING, NominationStatus.CLARIFICATION_REQUESTED,
					NominationStatus.AWAITING_REVIEW, NominationStatus.IN_REVIEW, NominationStatus.AWAITING_COMMITTEE,
					NominationStatus.INELIGIBLE, NominationStatus.DECIDED);
	}

	@Test
	void runsOneNominationFromSubmissionToAnnouncement() {
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, "nominee1", Var.BRANCH_CODE, "G2C", Var.ENTITY_NAME,
						"Ministry of Culture · وزارة الثقافة", Var.ENTITY_TYPE, "GOVERNMENT", Var.TITLE,
						"Cultural permits online · التراخيص الثقافية"));
		String reference = instance.getBusinessKey();
		assertThat(reference).matches("ACH-4-G2C-\\d{4}");
		// Eligible by the rules; the review waits for the window to close.
		assertThat(this.runtimeService.getVariable(instance.getId(), Var.ELIGIBILITY)).isEqualTo("ELIGIBLE");
		assertThat(this.nominationService.get(reference).getStatus()).isEqualTo(NominationStatus.AWAITING_REVIEW);
		assertThat(this.nominationService.get(reference).getNominee()).isEqualTo("nominee1");

		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(reference)
			.correlate();
		Task assign = task(instance, NominationProcess.TASK_ASSIGN_REVIEWERS);
		assertThat(this.nominationService.get(reference).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		// Suggested reviewers are the members of Keycloak's reviewers/g2c group without a
		// conflict of interest.
		assertThat(this.runtimeService.getVariableTyped(instance.getId(), Var.REVIEWER_OPTIONS).getValue().toString())
			.contains("\"reviewer1\"", "\"reviewer3\"")
			.doesNotContain("reviewer2");
		this.taskService.claim(assign.getId(), "coordinator");
		this.taskService.complete(assign.getId(), Map.of(Var.REVIEWERS, "[\"reviewer3\"]"));

		Task review = task(instance, NominationProcess.TASK_REVIEW);
		assertThat(review.getAssignee()).isEqualTo("reviewer3");
		assertThat(review.getDueDate()).isNotNull();
		Map<String, Object> scores = new HashMap<>();
		int criteria = NominationProcess
			.criterionLabels(this.taskService.getVariable(review.getId(), Var.CRITERION_LABELS))
			.size();
		for (int i = 1; i <= criteria; i++) {
			scores.put(Var.CRITERION_SCORE + i, 9);
		}
		scores.put(Var.REVIEW_COMMENT, "Strong");
		this.taskService.complete(review.getId(), scores);

		assertThat(this.nominationService.get(reference).getStatus()).isEqualTo(NominationStatus.AWAITING_COMMITTEE);
		assertThat(this.nominationService.get(reference).getScore()).isEqualByComparingTo("90");
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.COMMITTEE_DECIDED)
			.processInstanceBusinessKey(reference)
			.setVariable(Var.COMMITTEE_OUTCOME, "WINNER")
			.correlate();
		assertThat(this.nominationService.get(reference).getStatus()).isEqualTo(NominationStatus.DECIDED);
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.RESULTS_ANNOUNCED)
			.processInstanceBusinessKey(reference)
			.correlate();

		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_NominationAnnounced");
		Nomination announced = this.nominationService.get(reference);
		assertThat(announced.getStatus()).isEqualTo(NominationStatus.ANNOUNCED);
		assertThat(announced.getOutcome()).isEqualTo(NominationOutcome.WINNER);
		assertThat(announced.getScore()).isEqualByComparingTo("90");
	}

	private Task task(ProcessInstance instance, String key) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
		assertThat(task).as("open task %s", key).isNotNull();
		return task;
	}

}
