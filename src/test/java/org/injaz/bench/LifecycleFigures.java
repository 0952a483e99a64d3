package org.injaz.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a lifecycle run, the same for the raw engine and the product, summed
 * over the editions it ran in turns with the other engine.
 */
final class LifecycleFigures {

	private final int threads;

	private final Latencies latencies = new Latencies();

	private int lifecycles;

	private double seconds;

	private int countedLifecycles;

	private long transactions;

	private CpuTime cpu = new CpuTime(0, 0, 0, 0);

	private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();

	LifecycleFigures(int threads) {
		this.threads = threads;
	}

	Latencies latencies() {
		return this.latencies;
	}

	/**
	 * One edition (or cohort) of {@code lifecycles}, in wall time, with the CPU time it
	 * took.
	 */
	void add(int lifecycles, double seconds, CpuTime cpu) {
		this.lifecycles += lifecycles;
		this.seconds += seconds;
		this.cpu = this.cpu.plus(cpu);
	}

	/** The database transactions that {@code lifecycles} committed. */
	void addTransactions(int lifecycles, long transactions) {
		this.countedLifecycles += lifecycles;
		this.transactions += transactions;
	}

	/** Takes the transactions counted in {@code other} (the warm-up). */
	void addTransactionsOf(LifecycleFigures other) {
		addTransactions(other.countedLifecycles, other.transactions);
	}

	/**
	 * Runs one phase of an edition (or cohort) and adds its wall time to the phase's
	 * total: where the lifecycles' time goes, and which phases leave the client threads
	 * idle.
	 */
	void phase(String name, Runnable work) {
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			this.phaseSeconds.merge(name, Parallel.seconds(start), Double::sum);
		}
	}

	Map<String, Object> summary() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("lifecycles", this.lifecycles);
		figures.put("threads", this.threads);
		figures.put("seconds", Latencies.round(this.seconds));
		figures.put("lifecyclesPerSecond", Math.round(this.lifecycles / this.seconds * 100.0) / 100.0);
		figures.put("transactionsPerLifecycle", (this.countedLifecycles == 0) ? -1
				: Latencies.round((double) this.transactions / this.countedLifecycles));
		Map<String, Object> cpuMs = new LinkedHashMap<>();
		cpuMs.put("jvm", Latencies.round(this.cpu.jvmNanos() / 1e6 / this.lifecycles));
		cpuMs.put("postgres", (this.cpu.postgresNanos() < 0) ? -1
				: Latencies.round(this.cpu.postgresNanos() / 1e6 / this.lifecycles));
		cpuMs.put("jvmJitCompiler", Latencies.round(this.cpu.jitNanos() / 1e6 / this.lifecycles));
		cpuMs.put("jvmGarbageCollector", Latencies.round(this.cpu.gcNanos() / 1e6 / this.lifecycles));
		figures.put("cpuMsPerLifecycle", cpuMs);
		Map<String, Object> phases = new LinkedHashMap<>();
		this.phaseSeconds.forEach((name, total) -> phases.put(name, Latencies.round(total)));
		figures.put("phaseSeconds", phases);
		figures.put("latencyMs", this.latencies.summary());
		return figures;
	}

}
