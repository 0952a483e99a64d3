package org.injaz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical limit: pgbench's built-in simple-update script (one small write
 * transaction of five statements) against a database of its own.
 */
final class PgBench {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private PgBench() {
	}

	static Map<String, Object> run(BenchSettings settings) {
		String pgbench = System.getProperty("injaz.bench.pgbench", "/usr/lib/postgresql/15/bin/pgbench");
		if (!Files.isExecutable(Path.of(pgbench))) {
			throw new IllegalStateException("pgbench not found at " + pgbench
					+ " (PostgreSQL 15 ships it; set -Dinjaz.bench.pgbench=... elsewhere)");
		}
		exec(List.of(pgbench, "-i", "-q", "-s", "1", Postgres.PGBENCH_DB));
		String output = exec(List.of(pgbench, "-b", "simple-update", "-c", String.valueOf(settings.pgbenchClients()),
				"-j", "2", "-T", String.valueOf(settings.pgbenchSeconds()), Postgres.PGBENCH_DB));
		Matcher tps = TPS.matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("No tps in pgbench's output:\n" + output);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("script", "simple-update");
		result.put("clients", settings.pgbenchClients());
		result.put("seconds", settings.pgbenchSeconds());
		result.put("tps", Latencies.round(Double.parseDouble(tps.group(1))));
		return result;
	}

	private static String exec(List<String> command) {
		List<String> full = new ArrayList<>(command);
		full.addAll(1, List.of("-h", Postgres.HOST, "-p", String.valueOf(Postgres.PORT), "-U", Postgres.USER));
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", Postgres.PASSWORD);
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("pgbench failed: " + String.join(" ", full) + "\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run pgbench: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
