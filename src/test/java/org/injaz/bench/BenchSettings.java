package org.injaz.bench;

/**
 * How big a run is. {@code smoke} is the tiny run of every build; {@code full} is the run
 * of docs/performance.md. Each figure can be overridden with a system property
 * {@code injaz.bench.<name>}, e.g. {@code -Dinjaz.bench.lifecycles=100}.
 *
 * @param size smoke or full
 * @param threads client threads that drive the lifecycles
 * @param lifecycles nominations measured from submission to announcement, per engine
 * @param warmupLifecycles lifecycles run before measuring, per engine (one edition), in
 * which the database transactions are counted
 * @param pgbenchClients pgbench's clients
 * @param pgbenchSeconds pgbench's duration
 * @param editionSize nominations per scale edition; also the size of the bulk close and
 * announcement
 * @param reviewNominations scale: nominations in review
 * @param reviewersPerNomination scale: open reviews per nomination in review
 * @param screeningNominations scale: nominations waiting for screening
 * @param seedThreads threads that seed the scale data
 * @param seedBatch nominations per seeding transaction
 * @param taskListWarmup uncounted queries per task list at scale, before the samples, at
 * least
 * @param taskListWarmupMax uncounted queries per task list at most: after the least, they
 * go on while the JIT compiler is still busy (docs/performance.md)
 * @param taskListSamples queries per task list at scale
 */
record BenchSettings(String size, int threads, int lifecycles, int warmupLifecycles, int pgbenchClients,
		int pgbenchSeconds, int editionSize, int reviewNominations, int reviewersPerNomination,
		int screeningNominations, int seedThreads, int seedBatch, int taskListWarmup, int taskListWarmupMax,
		int taskListSamples) {

	static BenchSettings fromSystemProperties() {
		String size = System.getProperty("injaz.bench.size", "smoke");
		BenchSettings defaults = switch (size) {
			case "full" -> new BenchSettings("full", 4, 200, 60, 4, 15, 5000, 16000, 6, 4000, 3, 20, 750, 1000, 100);
			case "smoke" -> new BenchSettings("smoke", 2, 7, 3, 2, 2, 10, 14, 6, 6, 2, 5, 1, 3, 5);
			default -> throw new IllegalArgumentException("injaz.bench.size is smoke or full, not " + size);
		};
		return new BenchSettings(size, value("threads", defaults.threads), value("lifecycles", defaults.lifecycles),
				value("warmup-lifecycles", defaults.warmupLifecycles),
				value("pgbench-clients", defaults.pgbenchClients), value("pgbench-seconds", defaults.pgbenchSeconds),
				value("edition-size", defaults.editionSize), value("review-nominations", defaults.reviewNominations),
				value("reviewers-per-nomination", defaults.reviewersPerNomination),
				value("screening-nominations", defaults.screeningNominations),
				value("seed-threads", defaults.seedThreads), value("seed-batch", defaults.seedBatch),
				value("task-list-warmup", defaults.taskListWarmup),
				value("task-list-warmup-max", defaults.taskListWarmupMax),
				value("task-list-samples", defaults.taskListSamples));
	}

	private static int value(String name, int fallback) {
		return Integer.getInteger("injaz.bench." + name, fallback);
	}

	int scaleNominations() {
		return this.reviewNominations + this.screeningNominations;
	}

	int scaleOpenTasks() {
		return this.reviewNominations * this.reviewersPerNomination + this.screeningNominations;
	}

}
