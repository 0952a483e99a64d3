package org.injaz.bench;

import java.util.List;
import java.util.Map;

/** The report as Markdown tables, for the console and docs/performance.md. */
final class BenchTable {

	private BenchTable() {
	}

	@SuppressWarnings("unchecked")
	static String render(Map<String, Object> report) {
		Map<String, Object> machine = (Map<String, Object>) report.get("machine");
		Map<String, Object> pgbench = (Map<String, Object>) report.get("pgbench");
		Map<String, Object> raw = (Map<String, Object>) report.get("rawEngine");
		Map<String, Object> product = (Map<String, Object>) report.get("product");
		Map<String, Object> scale = (Map<String, Object>) report.get("scale");
		Map<String, Object> lists = (Map<String, Object>) scale.get("taskLists");
		Map<String, Object> announcement = (Map<String, Object>) report.get("announcement");
		Map<String, Object> heap = (Map<String, Object>) report.get("heap");
		StringBuilder out = new StringBuilder();
		out.append("Benchmark ")
			.append(((BenchSettings) report.get("settings")).size())
			.append(" run of ")
			.append(report.get("date"))
			.append(": ")
			.append(machine.get("cores"))
			.append(" cores, ")
			.append(machine.get("memoryGiB"))
			.append(" GiB, Java ")
			.append(machine.get("java"))
			.append(", PostgreSQL ")
			.append(machine.get("postgres"))
			.append(", heap limit ")
			.append(machine.get("maxHeapMiB"))
			.append(" MiB; the whole run took ")
			.append(report.get("runSeconds"))
			.append(" s.\n\n");

		out.append("| figure | raw engine | product |\n|---|---:|---:|\n");
		out.append("| pgbench simple-update, ")
			.append(pgbench.get("clients"))
			.append(" clients (TPS) | ")
			.append(pgbench.get("tps"))
			.append(" | |\n");
		row(out, "lifecycles", raw.get("lifecycles"), product.get("lifecycles"));
		row(out, "client threads", raw.get("threads"), product.get("threads"));
		row(out, "lifecycles/s", raw.get("lifecyclesPerSecond"), product.get("lifecyclesPerSecond"));
		row(out, "DB transactions per lifecycle", raw.get("transactionsPerLifecycle"),
				product.get("transactionsPerLifecycle"));
		Map<String, Object> rawCpu = (Map<String, Object>) raw.get("cpuMsPerLifecycle");
		Map<String, Object> productCpu = (Map<String, Object>) product.get("cpuMsPerLifecycle");
		row(out, "CPU per lifecycle: this JVM / PostgreSQL (ms)", rawCpu.get("jvm") + " / " + rawCpu.get("postgres"),
				productCpu.get("jvm") + " / " + productCpu.get("postgres"));
		row(out, "CPU per lifecycle: of the JVM's, its JIT compiler / garbage collector threads (ms)",
				rawCpu.get("jvmJitCompiler") + " / " + rawCpu.get("jvmGarbageCollector"),
				productCpu.get("jvmJitCompiler") + " / " + productCpu.get("jvmGarbageCollector"));
		Map<String, Object> rawPhases = (Map<String, Object>) raw.get("phaseSeconds");
		Map<String, Object> productPhases = (Map<String, Object>) product.get("phaseSeconds");
		for (String phase : productPhases.keySet()) {
			Object r = rawPhases.get(phase);
			row(out, "wall time: " + phase + " (s)", (r != null) ? r : "", productPhases.get(phase));
		}
		Map<String, Map<String, Object>> rawLatency = (Map<String, Map<String, Object>>) raw.get("latencyMs");
		Map<String, Map<String, Object>> productLatency = (Map<String, Map<String, Object>>) product.get("latencyMs");
		for (String operation : productLatency.keySet()) {
			Map<String, Object> r = rawLatency.get(operation);
			Map<String, Object> p = productLatency.get(operation);
			row(out, operation + " p50 / p95 / p99 (ms)", (r != null) ? percentiles(r) : "",
					percentiles(p) + " (n=" + p.get("count") + ")");
		}
		out.append("\n| at scale and in bulk | value |\n|---|---:|\n");
		out.append("| nominations / open tasks | ")
			.append(scale.get("nominations"))
			.append(" / ")
			.append(scale.get("openTasks"))
			.append(" |\n");
		out.append("| seeding them (s) | ").append(scale.get("seedSeconds")).append(" |\n");
		out.append("| vacuum after seeding, before the lists (s) | ").append(scale.get("vacuumSeconds")).append(" |\n");
		listRows(out, (Map<String, Map<String, Object>>) lists.get("latencyMs"), "first 50 by due date");
		listRows(out, (Map<String, Map<String, Object>>) lists.get("warmupLatencyMs"),
				"the uncounted rounds before (from the first after seeding)");
		out.append(String.format(
				"| uncounted rounds; the JIT compiler's share of the time at their end / during the counted ones"
						+ " | %s; %s %% / %s %% |\n",
				lists.get("warmupRounds"), lists.get("jitPercentEndOfWarmup"), lists.get("jitPercentDuringSamples")));
		if (lists.containsKey("slowExpertListsRecording")) {
			out.append(String.format("| the experts' lists ran slow: flight recording of the lists | %s |\n",
					lists.get("slowExpertListsRecording")));
		}
		out.append("| open reviews of a reviewer / screenings of the coordinator | ")
			.append(lists.get("reviewerOpenReviews"))
			.append(" / ")
			.append(lists.get("coordinatorScreenings"))
			.append(" |\n");
		out.append("| edition close, window-closed message to ")
			.append(scale.get("editionCloseNominations"))
			.append(" nominations (s) | ")
			.append(scale.get("editionCloseSeconds"))
			.append(" |\n");
		out.append("| announcing results for ")
			.append(announcement.get("nominations"))
			.append(" nominations (s) | ")
			.append(announcement.get("seconds"))
			.append(" |\n");
		Map<String, Object> deployed = (Map<String, Object>) report.get("deployedStart");
		out.append("| start-up to healthy on PostgreSQL, as deployed: extracted jar, class-data-sharing archive, ")
			.append("fresh database (s) | ")
			.append(report.get("startupSeconds"))
			.append(Boolean.TRUE.equals(deployed.get("archiveUsed")) ? "" : " (archive not used)")
			.append(" |\n");
		out.append("| building the image's archive: extracting the jar / its training run (s) | ")
			.append(deployed.get("extractSeconds"))
			.append(" / ")
			.append(deployed.get("trainingSeconds"))
			.append(" |\n");
		out.append("| start-up in the benchmark's JVM, from Maven's class directories, database in use (s) | ")
			.append(report.get("startupSecondsInBenchJvm"))
			.append(" |\n");
		out.append("| heap used at the end / after GC (MiB) | ")
			.append(heap.get("usedMiB"))
			.append(" / ")
			.append(heap.get("usedAfterGcMiB"))
			.append(" |\n");
		out.append("| database size at the end | ").append(report.get("databaseSize")).append(" |\n");
		out.append("\n| target | wanted | measured | met |\n|---|---|---:|---|\n");
		for (Map<String, Object> target : (List<Map<String, Object>>) report.get("targets")) {
			out.append("| ")
				.append(target.get("name"))
				.append(" | ")
				.append(target.get("target"))
				.append(" | ")
				.append(target.get("value"))
				.append(" | ")
				.append(Boolean.TRUE.equals(target.get("met")) ? "yes" : "**no**")
				.append(" |\n");
		}
		return out.toString();
	}

	private static void listRows(StringBuilder out, Map<String, Map<String, Object>> latency, String what) {
		latency.forEach((list, figures) -> out.append(String.format("| %s, %s, p50 / p95 (ms) | %s / %s (n=%s) |\n",
				list, what, figures.get("p50"), figures.get("p95"), figures.get("count"))));
	}

	private static String percentiles(Map<String, Object> figures) {
		return figures.get("p50") + " / " + figures.get("p95") + " / " + figures.get("p99");
	}

	private static void row(StringBuilder out, String name, Object raw, Object product) {
		out.append("| ").append(name).append(" | ").append(raw).append(" | ").append(product).append(" |\n");
	}

}
