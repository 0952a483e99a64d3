package org.injaz.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * N client threads working through a list, and polling for what the job executor does in
 * the background.
 */
final class Parallel {

	private Parallel() {
	}

	/** Each item once, by the first free thread; the first failure fails the whole. */
	static <T> void forEach(int threads, List<T> items, Consumer<T> work) {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				workers.add(pool.submit(() -> {
					for (int index = next.getAndIncrement(); index < items.size(); index = next.getAndIncrement()) {
						work.accept(items.get(index));
					}
				}));
			}
			for (Future<?> worker : workers) {
				try {
					worker.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					next.set(items.size());
					throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
			try {
				pool.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Polls every 50 ms until the condition holds; fails after the timeout. */
	static void await(String what, Duration timeout, BooleanSupplier condition) {
		await(what, timeout, Duration.ofMillis(50), condition);
	}

	/**
	 * Polls at the given interval until the condition holds; fails after the timeout.
	 * Bulk steps of many seconds poll less often, so that the polling's own queries take
	 * no noticeable share of the two cores from what is measured.
	 */
	static void await(String what, Duration timeout, Duration interval, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
