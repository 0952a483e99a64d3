package org.injaz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The product's start-up as the Dockerfile deploys it: the jar extracted (Spring Boot's
 * {@code jarmode=tools}), a class-data-sharing archive written by a training run that
 * stops once the application is ready, and the product started in a JVM of its own with
 * that archive and {@code -Xmx512m} on the benchmark's fresh PostgreSQL database, timed
 * from the launch to its health saying UP. The training run, like the image's, uses the
 * embedded default (H2), so it needs no service.
 */
final class DeployedStart {

	private static final Logger log = LoggerFactory.getLogger(DeployedStart.class);

	static final Path JAR = Path.of(System.getProperty("injaz.bench.jar", "target/injaz-0.1.0-SNAPSHOT.jar"));

	static final int PORT = Integer.getInteger("injaz.bench.deployed-port", ProductBench.PORT + 10);

	private static final String ARCHIVE = "application.jsa";

	/** What the JVM prints when it cannot map the archive and starts without it. */
	private static final String ARCHIVE_NOT_USED = "Unable to use shared archive";

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private DeployedStart() {
	}

	static Map<String, Object> measure() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException("No product jar at " + JAR.toAbsolutePath()
					+ ": the benchmark runs after Maven's package phase (./mvnw verify)");
		}
		Path dir = Benchmark.OUTPUT.resolve("deployed");
		Map<String, Object> figures = new LinkedHashMap<>();
		try {
			FileSystemUtils.deleteRecursively(dir);
			Files.createDirectories(dir);
			Path app = dir.resolve("app");
			long extract = System.nanoTime();
			run(List.of(java(), "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "extract", "--destination",
					app.toAbsolutePath().toString()), dir, dir.resolve("extract.log"));
			String jar = extractedJar(app);
			figures.put("extractSeconds", Latencies.round(Parallel.seconds(extract)));

			long training = System.nanoTime();
			run(List.of(java(), "-Xmx512m", "-XX:ArchiveClassesAtExit=" + ARCHIVE, "-jar", jar,
					"--injaz.training-run=true", "--server.port=0"), app, dir.resolve("training.log"));
			if (!Files.isRegularFile(app.resolve(ARCHIVE))) {
				throw new IllegalStateException(
						"The training run wrote no archive; see " + dir.resolve("training.log"));
			}
			figures.put("trainingSeconds", Latencies.round(Parallel.seconds(training)));
			figures.put("archiveMiB", Files.size(app.resolve(ARCHIVE)) / (1024 * 1024));

			Path startLog = dir.resolve("start.log");
			List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:SharedArchiveFile=" + ARCHIVE,
					"-jar", jar, "--spring.profiles.active=postgres", "--server.port=" + PORT,
					"--spring.datasource.url=" + Postgres.url(Postgres.PRODUCT_DB),
					"--spring.datasource.username=" + Postgres.USER,
					"--spring.datasource.password=" + Postgres.PASSWORD, "--injaz.demo-data=true",
					"--spring.main.banner-mode=off"));
			long start = System.nanoTime();
			Process product = launch(command, app, startLog);
			try {
				Rest probe = new Rest("http://localhost:" + PORT);
				Parallel.await("the deployed product's health", TIMEOUT, () -> {
					if (!product.isAlive()) {
						throw new IllegalStateException("The product stopped while starting; see " + startLog);
					}
					return ProductBench.healthy(probe);
				});
				figures.put("startupSeconds", Latencies.round(Parallel.seconds(start)));
			}
			finally {
				stop(product);
			}
			figures.put("archiveUsed", !Files.readString(startLog, StandardCharsets.UTF_8).contains(ARCHIVE_NOT_USED));
			log.info("bench: deployed start-up {}", figures);
			return figures;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the product as deployed: " + ex.getMessage(), ex);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The extracted jar's name is the packaged jar's; its libraries sit beside it. */
	private static String extractedJar(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Nothing extracted into " + dir));
		}
	}

	private static void run(List<String> command, Path dir, Path output) throws IOException {
		Process process = launch(command, dir, output);
		try {
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Did not end in " + TIMEOUT + ": " + command + "; see " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("Interrupted: " + command, ex);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("Exit " + process.exitValue() + " from " + command + "; see " + output);
		}
	}

	/**
	 * In the working directory the archive was written in: the archive records the class
	 * path as given, relative to it. Settings of this environment that would select
	 * another profile or database are left out, as in the image.
	 */
	private static Process launch(List<String> command, Path dir, Path output) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("INJAZ_") || name.startsWith("KEYCLOAK_")
					|| name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
		return builder.start();
	}

	/** As the container runtime stops it: SIGTERM, then a graceful shutdown. */
	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(1, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
