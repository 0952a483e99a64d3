package org.injaz.process;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job-log rows look a batch up only for a batch's jobs: a timer's rows no longer query
 * for a batch named like the timer, and a batch's rows still carry the batch's removal
 * time. Engines of their own (private in-memory H2), with the removal time taken at the
 * start as the product's.
 */
class BatchLookupsForBatchJobsOnlyTest {

	@Test
	void aTimersJobLogLooksNoBatchUpWithThePlugin() {
		assertThat(timerJobLogLookups("timer-job-log-without-plugin", false)).isPositive();
		assertThat(timerJobLogLookups("timer-job-log-with-plugin", true)).isZero();
	}

	@Test
	void aBatchsJobLogCarriesTheBatchsRemovalTimeAsWithoutThePlugin() {
		List<String> withPlugin = batchJobLogRemovalTimes("batch-job-log-with-plugin", true);

		assertThat(withPlugin).contains("batch-seed-job created: the batch's",
				"correlate-message succeeded: the batch's", "batch-monitor-job created: the batch's");
		assertThat(withPlugin).isEqualTo(batchJobLogRemovalTimes("batch-job-log-without-plugin", false));
	}

	@Test
	void aConfigurationMayNameABatchUnlessOnlyOtherJobsHaveIt() {
		JobDefinitionEntity timer = definition("timer-transition", "DURATION: P3D");
		JobDefinitionEntity batchJobs = definition("correlate-message", "b-1");
		JobDefinitionEntity seed = definition("batch-seed-job", "b-1");
		java.util.Set<String> batchTypes = java.util.Set.of("correlate-message", "batch-seed-job");

		assertThat(BatchLookupsForBatchJobsOnly.mayNameABatch("DURATION: P3D", List.of(timer, batchJobs), batchTypes))
			.isFalse();
		assertThat(BatchLookupsForBatchJobsOnly.mayNameABatch("b-1", List.of(timer, batchJobs, seed), batchTypes))
			.isTrue();
		// Not among this command's definitions: looked up, as Camunda does.
		assertThat(BatchLookupsForBatchJobsOnly.mayNameABatch("b-2", List.of(timer), batchTypes)).isTrue();
	}

	/**
	 * The job-log rows of a message batch's jobs, as job type, event and removal time
	 * (the batch's, none or another).
	 */
	private static List<String> batchJobLogRemovalTimes(String name, boolean withPlugin) {
		ProcessEngine engine = engine(name, withPlugin, new AtomicInteger());
		try {
			Batch batch = Batches.messageToThreeWaitingInstances(engine);
			Batches.runAll(engine.getManagementService());
			assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

			Date batchRemoval = engine.getHistoryService()
				.createHistoricBatchQuery()
				.batchId(batch.getId())
				.singleResult()
				.getRemovalTime();
			assertThat(batchRemoval).isNotNull();
			return engine.getHistoryService()
				.createHistoricJobLogQuery()
				.jobDefinitionConfiguration(batch.getId())
				.list()
				.stream()
				.map((row) -> row.getJobDefinitionType() + " " + event(row) + ": "
						+ ((row.getRemovalTime() == null) ? "none"
								: row.getRemovalTime().equals(batchRemoval) ? "the batch's" : "another"))
				.sorted()
				.toList();
		}
		finally {
			engine.close();
		}
	}

	private static String event(HistoricJobLog row) {
		return row.isCreationLog() ? "created"
				: row.isSuccessLog() ? "succeeded" : row.isFailureLog() ? "failed" : "deleted";
	}

	/** Batch look-ups of a review task's reminder timer, created and then deleted. */
	private static int timerJobLogLookups(String name, boolean withPlugin) {
		AtomicInteger lookups = new AtomicInteger();
		ProcessEngine engine = engine(name, withPlugin, lookups);
		try {
			deploy(engine,
					Bpmn.createExecutableProcess("Reviewed")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Review")
						.boundaryEvent("Reminder")
						.cancelActivity(false)
						.timerWithDuration("P3D")
						.endEvent()
						.moveToActivity("Review")
						.endEvent()
						.done());
			ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("Reviewed");
			lookups.set(0);
			engine.getTaskService()
				.complete(engine.getTaskService()
					.createTaskQuery()
					.processInstanceId(instance.getId())
					.singleResult()
					.getId());

			List<HistoricJobLog> rows = engine.getHistoryService()
				.createHistoricJobLogQuery()
				.processInstanceId(instance.getId())
				.list();
			assertThat(rows).hasSize(2).allSatisfy((row) -> assertThat(row.getRemovalTime()).isNotNull());
			return lookups.get();
		}
		finally {
			engine.close();
		}
	}

	private static ProcessEngine engine(String name, boolean withPlugin, AtomicInteger lookups) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
			.setProcessEngineName(name)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false);
		configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
		configuration.setBatchOperationHistoryTimeToLive("P5D");
		configuration.setInvocationsPerBatchJob(1);
		if (withPlugin) {
			configuration.getProcessEnginePlugins().add(new BatchLookupsForBatchJobsOnly());
		}
		configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
			@Override
			public void postInit(ProcessEngineConfigurationImpl built) {
				built.getSqlSessionFactory().getConfiguration().addInterceptor(new BatchLookupCounter(lookups));
			}
		});
		return configuration.buildProcessEngine();
	}

	private static void deploy(ProcessEngine engine, org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
		engine.getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy();
	}

	private static JobDefinitionEntity definition(String type, String configuration) {
		JobDefinitionEntity definition = new JobDefinitionEntity();
		definition.setJobType(type);
		definition.setJobConfiguration(configuration);
		return definition;
	}

	/** Counts the look-ups of a historic batch by its id. */
	@Intercepts(@Signature(type = Executor.class, method = "query",
			args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }))
	static final class BatchLookupCounter implements Interceptor {

		private final AtomicInteger lookups;

		BatchLookupCounter(AtomicInteger lookups) {
			this.lookups = lookups;
		}

		@Override
		public Object intercept(Invocation invocation) throws Throwable {
			if (((MappedStatement) invocation.getArgs()[0]).getId().endsWith(".selectHistoricBatch")) {
				this.lookups.incrementAndGet();
			}
			return invocation.proceed();
		}

	}

}
