package org.injaz.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished cases' history goes after the models' time to live: the engine has a nightly
 * window and the cleanup job waits for it (same context as the nominations API's tests).
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

		assertThat(this.historyService.findHistoryCleanupJobs()).isNotEmpty()
			.allSatisfy((job) -> assertThat(job.getDuedate()).isNotNull());
		Job first = this.historyService.findHistoryCleanupJobs().get(0);
		assertThat(first.getRetries()).isPositive();
	}

}
