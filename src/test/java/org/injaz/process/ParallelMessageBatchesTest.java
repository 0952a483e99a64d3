package org.injaz.process;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message batch's jobs are not exclusive with the plugin, so that the job executor runs
 * them side by side; Camunda's own are, which runs them one after the other.
 */
class ParallelMessageBatchesTest {

	@Test
	void theJobsOfAMessageBatchAreNotExclusiveAndStillDeliverTheMessage() {
		ProcessEngine engine = engine("parallel-message-batches", true);
		try {
			List<Job> jobs = messageBatchJobs(engine);

			assertThat(jobs).hasSize(3).allSatisfy((job) -> assertThat(((JobEntity) job).isExclusive()).isFalse());
			jobs.forEach((job) -> engine.getManagementService().executeJob(job.getId()));
			assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Waits").count())
				.isZero();
		}
		finally {
			engine.close();
		}
	}

	@Test
	void camundasOwnMessageBatchJobsAreExclusive() {
		ProcessEngine engine = engine("exclusive-message-batches", false);
		try {
			assertThat(messageBatchJobs(engine)).hasSize(3)
				.allSatisfy((job) -> assertThat(((JobEntity) job).isExclusive()).isTrue());
		}
		finally {
			engine.close();
		}
	}

	private static ProcessEngine engine(String name, boolean withPlugin) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
			.setProcessEngineName(name)
			.setJobExecutorActivate(false);
		configuration.setInvocationsPerBatchJob(1);
		if (withPlugin) {
			configuration.getProcessEnginePlugins().add(new ParallelMessageBatches());
		}
		return configuration.buildProcessEngine();
	}

	/** Three instances wait for a message; a batch tells them; its seed job has run. */
	private static List<Job> messageBatchJobs(ProcessEngine engine) {
		Batch batch = Batches.messageToThreeWaitingInstances(engine);
		ManagementService management = engine.getManagementService();
		management.executeJob(
				management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId());
		return management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list();
	}

}
