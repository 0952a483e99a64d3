package org.injaz.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of a lifecycle run, the same for the raw engine and the product. */
final class LifecycleFigures {

	private LifecycleFigures() {
	}

	static Map<String, Object> of(int lifecycles, int threads, double seconds, long transactions, Latencies latencies) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("lifecycles", lifecycles);
		figures.put("threads", threads);
		figures.put("seconds", Latencies.round(seconds));
		figures.put("lifecyclesPerSecond", Math.round(lifecycles / seconds * 100.0) / 100.0);
		figures.put("transactionsPerLifecycle", Latencies.round((double) transactions / lifecycles));
		figures.put("latencyMs", latencies.summary());
		return figures;
	}

}
