package org.injaz.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.batch.BatchMonitorJobHandler;
import org.camunda.bpm.engine.impl.batch.BatchSeedJobHandler;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;

import org.springframework.stereotype.Component;

/**
 * With the removal time taken when a case starts (application.yml), Camunda gives each
 * job-log row the removal time of a batch, looked up by the job definition's
 * configuration as the batch's id. Only a batch's jobs name their batch so; a timer's
 * configuration ({@code DURATION: P3D}) or an async continuation's ({@code async-before})
 * finds nothing, one query per row: about nine per nomination, as each review's reminder
 * and deadline timers are created and deleted. The look-up is left out for the job-log
 * rows of jobs whose definition is not a batch's; the row still gets its case's removal
 * time.
 */
@Component
class BatchLookupsForBatchJobsOnly extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getHistoryEventProducer() == null) {
			configuration.setHistoryEventProducer(new Producer(configuration));
		}
	}

	/**
	 * Whether a configuration may name a batch: unless every job definition of this
	 * command with that configuration is known not to be a batch's.
	 */
	static boolean mayNameABatch(String configuration, Collection<JobDefinitionEntity> definitions,
			Set<String> batchJobTypes) {
		boolean named = false;
		for (JobDefinitionEntity definition : definitions) {
			if (configuration.equals(definition.getJobConfiguration())) {
				if (batchJobTypes.contains(definition.getJobType())) {
					return true;
				}
				named = true;
			}
		}
		return !named;
	}

	static final class Producer extends CacheAwareHistoryEventProducer {

		private final ProcessEngineConfigurationImpl configuration;

		private volatile Set<String> batchJobTypes;

		Producer(ProcessEngineConfigurationImpl configuration) {
			this.configuration = configuration;
		}

		@Override
		protected HistoricBatchEntity getHistoricBatchById(String batchId) {
			Collection<JobDefinitionEntity> definitions = Context.getCommandContext()
				.getDbEntityManager()
				.getCachedEntitiesByType(JobDefinitionEntity.class);
			return mayNameABatch(batchId, definitions, batchJobTypes()) ? super.getHistoricBatchById(batchId) : null;
		}

		/** The batch handlers are known once the engine is built. */
		private Set<String> batchJobTypes() {
			Set<String> types = this.batchJobTypes;
			if (types == null) {
				Set<String> known = new HashSet<>(this.configuration.getBatchHandlers().keySet());
				known.add(BatchSeedJobHandler.TYPE);
				known.add(BatchMonitorJobHandler.TYPE);
				types = Set.copyOf(known);
				this.batchJobTypes = types;
			}
			return types;
		}

	}

}
