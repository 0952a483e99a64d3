package org.injaz.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.batch.BatchJobContext;
import org.camunda.bpm.engine.impl.batch.BatchJobDeclaration;
import org.camunda.bpm.engine.impl.batch.BatchJobHandler;
import org.camunda.bpm.engine.impl.batch.message.MessageCorrelationBatchJobHandler;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobDeclaration;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

import org.springframework.stereotype.Component;

/**
 * The jobs of a message batch (an edition's window close and announcement,
 * edition/process/EditionMessages) run in parallel on the job executor. Camunda makes
 * every batch job exclusive, and groups the exclusive jobs of one acquisition by process
 * instance; batch jobs have none, so all of them fell into one group and ran one after
 * the other on one thread (docs/performance.md). Each job messages its own nominations,
 * so they need no exclusivity; a conflict would still be retried.
 */
@Component
class ParallelMessageBatches extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BatchJobHandler<?>> handlers = new ArrayList<>();
		if (configuration.getCustomBatchJobHandlers() != null) {
			handlers.addAll(configuration.getCustomBatchJobHandlers());
		}
		// Takes the place of the built-in handler of the same type.
		handlers.add(new NonExclusiveMessageCorrelation());
		configuration.setCustomBatchJobHandlers(handlers);
	}

	static class NonExclusiveMessageCorrelation extends MessageCorrelationBatchJobHandler {

		private static final BatchJobDeclaration JOBS = new BatchJobDeclaration(Batch.TYPE_CORRELATE_MESSAGE);

		static {
			JOBS.setExclusive(false);
		}

		@Override
		public JobDeclaration<BatchJobContext, MessageEntity> getJobDeclaration() {
			return JOBS;
		}

	}

}
