package org.injaz.process;

import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Runs the engine's batches to their end in a test without a job executor, in the order
 * the job executor would: the seed job makes the execution jobs, those do the work, the
 * monitor job ends the batch.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Three instances of a model that waits for the message {@code Go}, and a message
	 * batch that tells them, not yet run.
	 */
	static Batch messageToThreeWaitingInstances(ProcessEngine engine) {
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("waits.bpmn",
					Bpmn.createExecutableProcess("Waits")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.intermediateCatchEvent("Catch")
						.message("Go")
						.endEvent()
						.done())
			.deploy();
		List<String> instances = IntStream.range(0, 3)
			.mapToObj((i) -> engine.getRuntimeService().startProcessInstanceByKey("Waits").getId())
			.toList();
		return engine.getRuntimeService()
			.createMessageCorrelationAsync("Go")
			.processInstanceIds(instances)
			.correlateAllAsync();
	}

	/** Tells how many batches ran. */
	public static int runAll(ManagementService management) {
		List<Batch> batches = management.createBatchQuery().list();
		for (Batch batch : batches) {
			run(management, batch.getSeedJobDefinitionId());
			run(management, batch.getBatchJobDefinitionId());
			run(management, batch.getMonitorJobDefinitionId());
		}
		return batches.size();
	}

	private static void run(ManagementService management, String jobDefinitionId) {
		for (List<Job> jobs = jobs(management, jobDefinitionId); !jobs.isEmpty(); jobs = jobs(management,
				jobDefinitionId)) {
			jobs.forEach((job) -> management.executeJob(job.getId()));
		}
	}

	private static List<Job> jobs(ManagementService management, String jobDefinitionId) {
		return management.createJobQuery().jobDefinitionId(jobDefinitionId).list();
	}

}
