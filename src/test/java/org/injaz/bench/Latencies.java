package org.injaz.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Response times per operation, in milliseconds, recorded from any thread.
 */
final class Latencies {

	private final Map<String, List<Double>> samples = new LinkedHashMap<>();

	<T> T time(String operation, Callable<T> call) {
		long start = System.nanoTime();
		try {
			return call.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(operation + " failed", ex);
		}
		finally {
			record(operation, (System.nanoTime() - start) / 1_000_000.0);
		}
	}

	void run(String operation, Runnable call) {
		time(operation, () -> {
			call.run();
			return null;
		});
	}

	synchronized void record(String operation, double millis) {
		this.samples.computeIfAbsent(operation, (key) -> new ArrayList<>()).add(millis);
	}

	/** The median of one operation so far, 0 before its first sample. */
	synchronized double p50(String operation) {
		List<Double> values = this.samples.getOrDefault(operation, List.of());
		if (values.isEmpty()) {
			return 0;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return percentile(sorted, 50);
	}

	/** count, p50, p95, p99 and max of each operation, in the order first recorded. */
	synchronized Map<String, Map<String, Object>> summary() {
		Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
		this.samples.forEach((operation, values) -> {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(sorted);
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("count", sorted.length);
			figures.put("p50", round(percentile(sorted, 50)));
			figures.put("p95", round(percentile(sorted, 95)));
			figures.put("p99", round(percentile(sorted, 99)));
			figures.put("max", round(sorted[sorted.length - 1]));
			summary.put(operation, figures);
		});
		return summary;
	}

	/** Nearest-rank percentile. */
	static double percentile(double[] sorted, double percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double round(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

}
