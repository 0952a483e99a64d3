package org.injaz.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The baseline: a plain Camunda engine with no product code, on its own database of the
 * same PostgreSQL, running the reference model (bench/reference-nomination.bpmn: the
 * nomination model's structure with the product's eligibility DMN and without product
 * code) the way the product's lifecycle is driven: the same phases, client threads and
 * operations, over the same HTTP stack.
 */
final class RawEngineBench implements AutoCloseable {

	static final String KEY = "ReferenceNomination";

	private static final String[] BRANCHES = { "G2C", "G2B", "G2G", "EPART", "MOBILE", "INDIV" };

	private static final String PATH = "/engine-rest/engine/raw";

	private static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3");

	/**
	 * A staff user of the product's identity: the REST API's sign-in is the product's.
	 */
	private static final String USER = "coordinator";

	private static final String PASSWORD = "demo";

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Rest rest;

	private final String allTasksFilter;

	RawEngineBench(Rest rest, String sessionSql) {
		this.rest = rest;
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(Postgres.url(Postgres.RAW_DB));
		this.dataSource.setUsername(Postgres.USER);
		this.dataSource.setPassword(Postgres.PASSWORD);
		this.dataSource.setMaximumPoolSize(10);
		this.dataSource.setAutoCommit(false);
		// The product's planner settings and driver batching (application.yml), so that
		// only the product differs.
		this.dataSource.setConnectionInitSql(sessionSql);
		this.dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
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
		// Tasklist's way in: a filter, extended by each query.
		FilterService filters = this.engine.getFilterService();
		Filter all = filters.newTaskFilter("All tasks").setQuery(this.tasks.createTaskQuery());
		this.allTasksFilter = filters.saveFilter(all).getId();
		// Served by Camunda's REST API in the product's container, as
		// /engine-rest/engine/raw.
		RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(this.engine);
	}

	/**
	 * {@code count} lifecycles in cohorts (the raw engine's editions) of the product's
	 * edition size, over Camunda's REST API ({@code /engine-rest/engine/raw}) in the same
	 * servlet container and with the same HTTP Basic sign-in as the product, so that both
	 * are driven alike; added to {@code figures}.
	 */
	void run(String name, int count, LifecycleFigures figures, int threads, boolean countTransactions) {
		long transactionsBefore = countTransactions ? settledTransactions() : 0;
		CpuTime cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		int cohort = 1;
		for (int done = 0; done < count; done += ProductBench.NOMINATIONS_PER_EDITION) {
			cohort(name + (cohort++), Math.min(ProductBench.NOMINATIONS_PER_EDITION, count - done), threads, figures);
		}
		double seconds = Parallel.seconds(start);
		figures.add(count, seconds, CpuTime.now().since(cpuBefore));
		if (countTransactions) {
			figures.addTransactions(count, settledTransactions() - transactionsBefore);
		}
	}

	/**
	 * The database's committed transactions, after closing the idle connections: a
	 * PostgreSQL backend reports its counts at most once a second, and at the latest when
	 * it ends.
	 */
	private long settledTransactions() {
		evictIdleConnections();
		return Postgres.committedTransactions(Postgres.RAW_DB);
	}

	/** One cohort (the raw engine's edition), as the product's editions. */
	private void cohort(String cohort, int count, int threads, LifecycleFigures figures) {
		Latencies latencies = figures.latencies();
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			keys.add(cohort + "-" + i);
		}
		Map<String, String> instances = new ConcurrentHashMap<>();
		// Submission, then the nominee reads it back.
		figures.phase("submission", () -> Parallel.forEach(threads, keys, (key) -> {
			int index = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
			JsonNode instance = latencies.time("submit",
					() -> this.rest.post(USER, PASSWORD, PATH + "/process-definition/key/" + KEY + "/start",
							Map.of("businessKey", key, "variables", submission(cohort, index))));
			instances.put(key, instance.path("id").asText());
			latencies.run("nomination read", () -> this.rest.get(USER, PASSWORD,
					PATH + "/process-instance/" + instances.get(key) + "/variables"));
		}));
		// The window closes for the whole cohort.
		figures.phase("window close",
				() -> latencies.run("window close (edition)", () -> correlateAll("Message_RefWindowClosed", cohort)));
		// A coordinator assigns three reviewers, who review.
		figures.phase("reviews", () -> Parallel.forEach(threads, keys, (key) -> {
			String assignment = firstTask(latencies,
					Map.of("candidateGroup", "coordinators", "processInstanceBusinessKey", key));
			latencies.run("task completion", () -> {
				claim(assignment);
				submitForm(assignment, Map.of("reviewers", Rest.variable(String.join(",", REVIEWERS), "String")));
			});
			for (String reviewer : REVIEWERS) {
				String review = firstTask(latencies, Map.of("assignee", reviewer, "processInstanceBusinessKey", key));
				latencies.run("task completion", () -> submitForm(review, scores()));
			}
			// The coordinator reads the case, as in the product.
			latencies.run("nomination read", () -> this.rest.get(USER, PASSWORD,
					PATH + "/process-instance/" + instances.get(key) + "/variables"));
		}));
		// Aggregation is asynchronous: the committee's tasks appear when the job
		// executor is done.
		figures.phase("committees", () -> {
			Parallel.await("the raw engine's aggregation", java.time.Duration.ofMinutes(5),
					() -> this.tasks.createTaskQuery()
						.taskDefinitionKey("Task_CommitteeDecision")
						.processInstanceBusinessKeyLike(cohort + "-%")
						.count() == count);
			Parallel.forEach(threads, keys, (key) -> {
				String decision = firstTask(latencies,
						Map.of("candidateGroup", "committee", "processInstanceBusinessKey", key));
				latencies.run("task completion", () -> {
					claim(decision);
					submitForm(decision, Map.of("committeeOutcome", Rest.variable("FINALIST", "String")));
				});
			});
		});
		figures.phase("announcement",
				() -> latencies.run("announce (edition)", () -> correlateAll("Message_RefResultsAnnounced", cohort)));
		long open = this.runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(cohort + "-%").count();
		if (open != 0) {
			throw new IllegalStateException(open + " reference lifecycles did not end");
		}
	}

	private void correlateAll(String message, String cohort) {
		this.rest.post(USER, PASSWORD, PATH + "/message", Map.of("messageName", message, "all", true,
				"processVariables", Map.of("cohort", Rest.variable(cohort, "String"))));
	}

	private String firstTask(Latencies latencies, Map<String, Object> criteria) {
		List<JsonNode> page = Rest.tasks(latencies.time("task list query",
				() -> this.rest.filterPage(USER, PASSWORD, PATH, this.allTasksFilter, criteria, 50)));
		if (page.isEmpty()) {
			throw new IllegalStateException("No task in the list for " + criteria);
		}
		return page.get(0).path("id").asText();
	}

	private void claim(String taskId) {
		this.rest.post(USER, PASSWORD, PATH + "/task/" + taskId + "/claim", Map.of("userId", USER));
	}

	private void submitForm(String taskId, Map<String, Object> variables) {
		this.rest.post(USER, PASSWORD, PATH + "/task/" + taskId + "/submit-form", Map.of("variables", variables));
	}

	private static Map<String, Object> submission(String cohort, int index) {
		String branch = BRANCHES[index % BRANCHES.length];
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("cohort", Rest.variable(cohort, "String"));
		variables.put("nominee", Rest.variable("nominee1", "String"));
		variables.put("branchCode", Rest.variable(branch, "String"));
		variables.put("entityType", Rest.variable("INDIV".equals(branch) ? "INDIVIDUAL" : "GOVERNMENT", "String"));
		variables.put("entityName", Rest.variable("Bench entity " + index, "String"));
		variables.put("title", Rest.variable("Bench service " + index, "String"));
		variables.put("serviceUrl", Rest.variable("https://bench.example/" + cohort + "/" + index, "String"));
		variables.put("leadMeasurement", Rest.variable("MISSING", "String"));
		variables.put("partnerCount", Rest.variable("G2G".equals(branch) ? 1 : 0, "Integer"));
		variables.put("entityNominationCount", Rest.variable(1, "Integer"));
		variables.put("wonBranchRecently", Rest.variable(false, "Boolean"));
		return variables;
	}

	/** What the review form sends: every criterion 8 of 10, no conflict. */
	private static Map<String, Object> scores() {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= 6; i++) {
			variables.put("criterionScore" + i, Rest.variable(8, "Long"));
		}
		variables.put("reviewComment", Rest.variable("Bench review", "String"));
		variables.put("conflictOfInterest", Rest.variable(false, "Boolean"));
		return variables;
	}

	/** Closes idle connections, which makes PostgreSQL count their transactions now. */
	void evictIdleConnections() {
		this.dataSource.getHikariPoolMXBean().softEvictConnections();
	}

	@Override
	public void close() {
		RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(this.engine);
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
