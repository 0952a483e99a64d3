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

	private long transactions;

	LifecycleFigures(int threads) {
		this.threads = threads;
	}

	Latencies latencies() {
		return this.latencies;
	}

	/**
	 * One edition (or cohort) of {@code lifecycles}, in wall time, with its transactions.
	 */
	void add(int lifecycles, double seconds, long transactions) {
		this.lifecycles += lifecycles;
		this.seconds += seconds;
		this.transactions += transactions;
	}

	Map<String, Object> summary() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("lifecycles", this.lifecycles);
		figures.put("threads", this.threads);
		figures.put("seconds", Latencies.round(this.seconds));
		figures.put("lifecyclesPerSecond", Math.round(this.lifecycles / this.seconds * 100.0) / 100.0);
		figures.put("transactionsPerLifecycle", Latencies.round((double) this.transactions / this.lifecycles));
		figures.put("latencyMs", this.latencies.summary());
		return figures;
	}

}
