package org.injaz.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run, in this order: pgbench; the product's start-up as deployed (a JVM of its own);
 * its start in this JVM, which drives it from here on; the raw engine's lifecycles; the
 * product's lifecycles; the data at scale and its task lists; the bulk announcement; the
 * heap at the end. Prints a table, writes {@code target/bench/report.json} and
 * {@code report.md}.
 */
final class Benchmark {

	private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

	static final Path OUTPUT = Path.of(System.getProperty("injaz.bench.output", "target/bench"));

	private Benchmark() {
	}

	static Map<String, Object> run(BenchSettings settings) {
		long start = System.nanoTime();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		report.put("machine", machine());
		report.put("settings", settings);

		log.info("bench: pgbench");
		report.put("pgbench", PgBench.run(settings));

		log.info("bench: starting the product as deployed, on a fresh database");
		Map<String, Object> deployed = DeployedStart.measure();
		report.put("deployedStart", deployed);
		report.put("startupSeconds", deployed.get("startupSeconds"));

		log.info("bench: starting the product in this JVM");
		try (ProductBench product = ProductBench.boot()) {
			report.put("startupSecondsInBenchJvm", Latencies.round(product.startSeconds()));

			log.info("bench: raw engine and product, {} lifecycles each, edition by edition in turns",
					settings.lifecycles());
			try (RawEngineBench raw = new RawEngineBench(product.rest(), product.sessionSql())) {
				lifecycles(settings, raw, product, report);
			}
			log.info("bench: raw engine {}", report.get("rawEngine"));
			log.info("bench: product {}", report.get("product"));

			log.info("bench: seeding {} nominations, {} open tasks", settings.scaleNominations(),
					settings.scaleOpenTasks());
			Map<String, Object> scale = product.seedScale(settings);
			log.info("bench: scale {}", scale);
			log.info("bench: task lists at scale");
			scale.put("taskLists", product.taskLists(settings));
			report.put("scale", scale);

			log.info("bench: announcing {} nominations", settings.editionSize());
			int editions = (settings.scaleNominations() + settings.editionSize() - 1) / settings.editionSize();
			report.put("announcement", product.announcement(editions + 1, settings.editionSize(), settings));
			report.put("databaseSize", product.databaseSize());
			report.put("indexes", product.engineIndexes());
			report.put("heap", heap());
		}
		report.put("runSeconds", Latencies.round(Parallel.seconds(start)));
		report.put("targets", targets(report));
		write(report);
		return report;
	}

	/**
	 * The raw engine and the product take turns, an edition each, so that both meet the
	 * same state of the machine and of PostgreSQL (checkpoints, autovacuum, other load):
	 * run one after the other, their rates drifted apart by up to 40 % between runs. The
	 * database transactions are counted in the warm-up edition, which closes its
	 * connections before and after so that PostgreSQL's counts are complete: closed
	 * between the measured editions, each of them started on fresh backends with empty
	 * caches and cost the product a fifth more PostgreSQL CPU (docs/performance.md).
	 */
	private static void lifecycles(BenchSettings settings, RawEngineBench raw, ProductBench product,
			Map<String, Object> report) {
		int threads = settings.threads();
		LifecycleFigures rawFigures = new LifecycleFigures(threads);
		LifecycleFigures productFigures = new LifecycleFigures(threads);
		boolean warmup = settings.warmupLifecycles() > 0;
		if (warmup) {
			LifecycleFigures rawWarmup = new LifecycleFigures(threads);
			LifecycleFigures productWarmup = new LifecycleFigures(threads);
			raw.run("warmup-", settings.warmupLifecycles(), rawWarmup, threads, true);
			product.lifecycles(100, settings.warmupLifecycles(), productWarmup, threads, true);
			rawFigures.addTransactionsOf(rawWarmup);
			productFigures.addTransactionsOf(productWarmup);
		}
		int edition = 0;
		for (int done = 0; done < settings.lifecycles(); done += ProductBench.NOMINATIONS_PER_EDITION) {
			int count = Math.min(ProductBench.NOMINATIONS_PER_EDITION, settings.lifecycles() - done);
			raw.run("measured-" + edition + "-", count, rawFigures, threads, !warmup);
			product.lifecycles(200 + edition, count, productFigures, threads, !warmup);
			edition++;
		}
		report.put("rawEngine", rawFigures.summary());
		report.put("product", productFigures.summary());
	}

	private static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			machine.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
		}
		machine.put("java", System.getProperty("java.version"));
		machine.put("postgres", Postgres.version());
		machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		return machine;
	}

	private static Map<String, Object> heap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		Map<String, Object> heap = new LinkedHashMap<>();
		heap.put("usedMiB", memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
		System.gc();
		heap.put("usedAfterGcMiB", memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
		heap.put("maxMiB", memory.getHeapMemoryUsage().getMax() / (1024 * 1024));
		return heap;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> targets(Map<String, Object> report) {
		List<Map<String, Object>> targets = new ArrayList<>();
		double raw = number(report, "rawEngine", "lifecyclesPerSecond");
		double product = number(report, "product", "lifecyclesPerSecond");
		targets.add(target("product lifecycles/s ≥ 0.8 × raw engine", "≥ 0.80", product / raw, product / raw >= 0.8));
		Map<String, Object> lists = (Map<String, Object>) ((Map<String, Object>) report.get("scale")).get("taskLists");
		((Map<String, Map<String, Object>>) lists.get("latencyMs")).forEach((list, figures) -> {
			double p95 = ((Number) figures.get("p95")).doubleValue();
			targets.add(target(list + " p95 at scale", "≤ 50 ms", p95, p95 <= 50));
		});
		double close = number(report, "scale", "editionCloseSeconds");
		targets.add(target("edition close", "≤ 30 s", close, close <= 30));
		double announce = number(report, "announcement", "seconds");
		targets.add(target("announcement", "≤ 30 s", announce, announce <= 30));
		double startup = ((Number) report.get("startupSeconds")).doubleValue();
		targets.add(target("start-up to healthy", "≤ 15 s", startup, startup <= 15));
		double maxHeap = ((Number) ((Map<String, Object>) report.get("machine")).get("maxHeapMiB")).doubleValue();
		targets.add(target("whole run within -Xmx512m", "≤ 512 MiB", maxHeap, maxHeap <= 512));
		return targets;
	}

	private static Map<String, Object> target(String name, String target, double value, boolean met) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", name);
		entry.put("target", target);
		entry.put("value", Math.round(value * 100.0) / 100.0);
		entry.put("met", met);
		return entry;
	}

	@SuppressWarnings("unchecked")
	private static double number(Map<String, Object> report, String section, String key) {
		return ((Number) ((Map<String, Object>) report.get(section)).get(key)).doubleValue();
	}

	private static void write(Map<String, Object> report) {
		try {
			Files.createDirectories(OUTPUT);
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(OUTPUT.resolve("report.json").toFile(), report);
			String table = BenchTable.render(report);
			Files.writeString(OUTPUT.resolve("report.md"), table, StandardCharsets.UTF_8);
			System.out.println(table);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the report: " + ex.getMessage(), ex);
		}
	}

}
