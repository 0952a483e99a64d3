package org.injaz.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark (docs/performance.md). Every build runs it small ({@code smoke}) so that
 * it cannot rot; {@code scripts/bench} ({@code ./mvnw -Pbench verify}) runs it full size.
 * The figures are the report's; this test checks that each part ran on real data. With
 * {@code -Dinjaz.bench.enforce-targets=true} it also fails on a missed target.
 */
class BenchmarkIT {

	@Test
	@SuppressWarnings("unchecked")
	void runsEveryPartAndWritesTheReport() {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		Map<String, Object> report = Benchmark.run(settings);

		assertThat(Benchmark.OUTPUT.resolve("report.json")).exists();
		assertThat((Map<String, Object>) report.get("pgbench")).extractingByKey("tps")
			.satisfies((tps) -> assertThat(((Number) tps).doubleValue()).isPositive());
		// Started as the image starts it, from the class-data-sharing archive of its
		// training run.
		assertThat((Map<String, Object>) report.get("deployedStart")).containsEntry("archiveUsed", true)
			.extractingByKey("startupSeconds")
			.satisfies((seconds) -> assertThat(((Number) seconds).doubleValue()).isPositive());
		for (String engine : List.of("rawEngine", "product")) {
			Map<String, Object> figures = (Map<String, Object>) report.get(engine);
			assertThat(figures.get("lifecycles")).isEqualTo(settings.lifecycles());
			assertThat(((Number) figures.get("transactionsPerLifecycle")).doubleValue()).isPositive();
			assertThat((Map<String, Object>) figures.get("latencyMs")).containsKeys("submit", "task list query",
					"task completion", "nomination read");
		}
		Map<String, Object> scale = (Map<String, Object>) report.get("scale");
		assertThat(((Number) scale.get("openTasks")).longValue()).isGreaterThanOrEqualTo(settings.scaleOpenTasks());
		assertThat(((Number) scale.get("nominations")).intValue()).isGreaterThanOrEqualTo(settings.scaleNominations());
		assertThat(scale.get("editionCloseNominations")).isEqualTo(settings.editionSize());
		Map<String, Object> lists = (Map<String, Object>) scale.get("taskLists");
		assertThat(((Number) lists.get("warmupRounds")).intValue()).isBetween(settings.taskListWarmup(),
				settings.taskListWarmupMax());
		assertThat((Map<String, Object>) lists.get("latencyMs")).containsKeys("reviewer: My reviews",
				"coordinator: Screening");
		assertThat((Map<String, Object>) report.get("announcement")).containsEntry("nominations",
				settings.editionSize());
		// The product's own indexes on the engine's tables, made on a fresh database.
		assertThat((List<String>) report.get("indexes")).contains("injaz_task_assignee_due",
				"injaz_task_assignee_key_due", "injaz_task_key_due", "injaz_task_key_due_assignee",
				"injaz_task_key_created", "injaz_task_parent", "injaz_auth_user", "injaz_auth_task_grants",
				"injaz_job_due");
		if (Boolean.getBoolean("injaz.bench.enforce-targets")) {
			assertThat((List<Map<String, Object>>) report.get("targets")).allSatisfy(
					(target) -> assertThat(target.get("met")).as(target.get("name").toString()).isEqualTo(true));
		}
	}

}
