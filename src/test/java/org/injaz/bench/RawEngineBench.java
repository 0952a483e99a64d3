package org.injaz.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline: a plain Camunda engine with no product code, on its own database of the
 * same PostgreSQL, running the reference model (bench/reference-nomination.bpmn, with the
 * product's eligibility DMN) the way the product's lifecycle is driven: the same phases,
 * client threads and operations, through the engine's Java API.
 */
final class RawEngineBench implements AutoCloseable {

	static final String KEY = "ReferenceNomination";

	private static final String[] BRANCHES = { "G2C", "G2B", "G2G", "EPART", "MOBILE", "INDIV" };

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private final RuntimeService runtime;

	private final TaskService tasks;

	RawEngineBench() {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(Postgres.url(Postgres.RAW_DB));
		this.dataSource.setUsername(Postgres.USER);
		this.dataSource.setPassword(Postgres.PASSWORD);
		this.dataSource.setMaximumPoolSize(10);
		this.dataSource.setAutoCommit(false);
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("raw");
		configuration.setDataSource(this.dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		// The product's history level, so that both write the same history.
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(true);
		Map<Object, Object> beans = new HashMap<>();
		beans.put("panel", new Panel());
		configuration.setBeans(beans);
		this.engine = configuration.buildProcessEngine();
		this.runtime = this.engine.getRuntimeService();
		this.tasks = this.engine.getTaskService();
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bench/reference-nomination.bpmn")
			.addClasspathResource("bpmn/eligibility.dmn")
			.deploy();
	}

	/** {@code count} lifecycles of one cohort (the raw engine's edition). */
	Map<String, Object> run(String cohort, int count, int threads, Latencies latencies) {
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			keys.add(cohort + "-" + i);
		}
		evictIdleConnections();
		long transactionsBefore = Postgres.committedTransactions(Postgres.RAW_DB);
		long start = System.nanoTime();
		// Submission, then the nominee reads it back.
		Parallel.forEach(threads, keys, (key) -> {
			int index = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
			ProcessInstance instance = latencies.time("submit",
					() -> this.runtime.startProcessInstanceByKey(KEY, key, submission(cohort, index)));
			latencies.run("nomination read", () -> this.runtime.getVariables(instance.getId()));
		});
		// The window closes for the whole cohort.
		latencies.run("window close (edition)",
				() -> this.runtime.createMessageCorrelation("Message_RefWindowClosed")
					.processInstanceVariableEquals("cohort", cohort)
					.correlateAllWithResult());
		// A coordinator assigns three reviewers, who review.
		Parallel.forEach(threads, keys, (key) -> {
			Task assignment = first(latencies,
					() -> this.tasks.createTaskQuery()
						.taskCandidateGroup("coordinators")
						.processInstanceBusinessKey(key)
						.orderByDueDate()
						.asc()
						.listPage(0, 50));
			latencies.run("task completion", () -> {
				this.tasks.claim(assignment.getId(), "coordinator");
				this.tasks.complete(assignment.getId(), Map.of("reviewers", "reviewer1,reviewer2,reviewer3"));
			});
			for (String reviewer : List.of("reviewer1", "reviewer2", "reviewer3")) {
				Task review = first(latencies,
						() -> this.tasks.createTaskQuery()
							.taskAssignee(reviewer)
							.processInstanceBusinessKey(key)
							.orderByDueDate()
							.asc()
							.listPage(0, 50));
				latencies.run("task completion", () -> this.tasks.complete(review.getId(), scores()));
			}
		});
		// Aggregation is asynchronous: the committee's tasks appear when the job
		// executor is done.
		Parallel.await("the raw engine's aggregation", java.time.Duration.ofMinutes(5),
				() -> this.tasks.createTaskQuery()
					.taskDefinitionKey("Task_CommitteeDecision")
					.processInstanceBusinessKeyLike(cohort + "-%")
					.count() == count);
		Parallel.forEach(threads, keys, (key) -> {
			Task decision = first(latencies,
					() -> this.tasks.createTaskQuery()
						.taskCandidateGroup("committee")
						.processInstanceBusinessKey(key)
						.orderByDueDate()
						.asc()
						.listPage(0, 50));
			latencies.run("task completion", () -> {
				this.tasks.claim(decision.getId(), "committee1");
				this.tasks.complete(decision.getId(), Map.of("committeeOutcome", "FINALIST"));
			});
		});
		latencies.run("announce (edition)",
				() -> this.runtime.createMessageCorrelation("Message_RefResultsAnnounced")
					.processInstanceVariableEquals("cohort", cohort)
					.correlateAllWithResult());
		double seconds = Parallel.seconds(start);
		long open = this.runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(cohort + "-%").count();
		if (open != 0) {
			throw new IllegalStateException(open + " reference lifecycles did not end");
		}
		evictIdleConnections();
		long transactions = Postgres.committedTransactions(Postgres.RAW_DB) - transactionsBefore;
		return LifecycleFigures.of(count, threads, seconds, transactions, latencies);
	}

	private static Task first(Latencies latencies, java.util.function.Supplier<List<Task>> query) {
		List<Task> page = latencies.time("task list query", query::get);
		if (page.isEmpty()) {
			throw new IllegalStateException("No task in the list");
		}
		return page.get(0);
	}

	private static Map<String, Object> submission(String cohort, int index) {
		String branch = BRANCHES[index % BRANCHES.length];
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("cohort", cohort);
		variables.put("nominee", "nominee1");
		variables.put("branchCode", branch);
		variables.put("entityType", "INDIV".equals(branch) ? "INDIVIDUAL" : "GOVERNMENT");
		variables.put("entityName", "Bench entity " + index);
		variables.put("title", "Bench service " + index);
		variables.put("serviceUrl", "https://bench.example/" + cohort + "/" + index);
		variables.put("leadMeasurement", "MISSING");
		variables.put("partnerCount", "G2G".equals(branch) ? 1 : 0);
		variables.put("entityNominationCount", 1);
		variables.put("wonBranchRecently", false);
		return variables;
	}

	private static Map<String, Object> scores() {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= 6; i++) {
			variables.put("criterionScore" + i, 8L);
		}
		variables.put("reviewComment", "Bench review");
		variables.put("conflictOfInterest", false);
		return variables;
	}

	/** Closes idle connections, which makes PostgreSQL count their transactions now. */
	void evictIdleConnections() {
		this.dataSource.getHikariPoolMXBean().softEvictConnections();
	}

	@Override
	public void close() {
		this.engine.close();
		this.dataSource.close();
	}

	/**
	 * The reference model's helpers: the reviewers of the assignment and the aggregation.
	 */
	public static final class Panel {

		public List<String> of(String reviewers) {
			return Arrays.asList(reviewers.split(","));
		}

		public void aggregate(DelegateExecution execution) {
			execution.setVariable("score", 80);
		}

	}

}
