package org.injaz.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * An edition's window close and announcement message thousands of nominations in a batch
 * (edition/process/EditionMessages). Ten nominations per job rather than one: a tenth of
 * the jobs to acquire, lock, log and commit (docs/performance.md). A failure retries, and
 * then shows as an incident of, those ten.
 */
@Component
class BatchSizes extends AbstractProcessEnginePlugin {

	static final int MESSAGES_PER_JOB = 10;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Map<String, Integer> sizes = new HashMap<>();
		if (configuration.getInvocationsPerBatchJobByBatchType() != null) {
			sizes.putAll(configuration.getInvocationsPerBatchJobByBatchType());
		}
		sizes.put(Batch.TYPE_CORRELATE_MESSAGE, MESSAGES_PER_JOB);
		configuration.setInvocationsPerBatchJobByBatchType(sizes);
	}

}
