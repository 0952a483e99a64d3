package org.injaz.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.injaz.nomination.process.NominationProcess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases' history goes its model's time to live after the case started: the engine has a
 * nightly window and the cleanup job waits for it (same context as the nominations API's
 * tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class HistoryCleanupScheduleTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService historyService;

	@Test
	void theHistoryCleanupRunsInANightlyWindow() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("02:00");
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("start");
		// With the removal time from the start, job logs look batches up for batch jobs
		// only.
		assertThat(configuration.getHistoryEventProducer()).isInstanceOf(BatchLookupsForBatchJobsOnly.Producer.class);

		assertThat(this.historyService.findHistoryCleanupJobs()).isNotEmpty()
			.allSatisfy((job) -> assertThat(job.getDuedate()).isNotNull());
		Job first = this.historyService.findHistoryCleanupJobs().get(0);
		assertThat(first.getRetries()).isPositive();
	}

	@Test
	void aCasesHistoryHasItsRemovalTimeFromTheStart() {
		// The demo nominations still running: removal time already set, two years after
		// their start (no update of every history row when they end).
		List<HistoricProcessInstance> running = this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.unfinished()
			.list();

		assertThat(running).isNotEmpty()
			.allSatisfy((nomination) -> assertThat(nomination.getRemovalTime())
				.isEqualTo(Date.from(nomination.getStartTime().toInstant().plus(Duration.ofDays(730)))));
	}

}
