package org.injaz.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (the engine under test, its HTTP stack and the client
 * threads) and by the PostgreSQL server on this machine (every postgres process, with the
 * backends that have exited), so that a run can say what a lifecycle costs each side. On
 * a machine without {@code /proc} or with PostgreSQL elsewhere the server's share is
 * unknown (-1).
 *
 * @param jvmNanos this process's CPU time
 * @param postgresNanos the PostgreSQL server's CPU time, or -1
 * @param jitNanos of this process's CPU time, what its JIT compiler's threads took (the
 * C1 and C2 compiler threads that are alive), or 0 without {@code /proc}
 * @param gcNanos of this process's CPU time, what its garbage collector's threads took
 * (G1's), or 0 without {@code /proc}
 */
record CpuTime(long jvmNanos, long postgresNanos, long jitNanos, long gcNanos) {

	/** Linux's USER_HZ: the unit of the times in /proc/[pid]/stat. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	static CpuTime now() {
		long jvm = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		long[] jvmThreads = jitAndGcThreadNanos();
		return new CpuTime(jvm, postgresServerNanos(), jvmThreads[0], jvmThreads[1]);
	}

	/** The time used between {@code earlier} and this one. */
	CpuTime since(CpuTime earlier) {
		return new CpuTime(this.jvmNanos - earlier.jvmNanos,
				(this.postgresNanos < 0 || earlier.postgresNanos < 0) ? -1 : this.postgresNanos - earlier.postgresNanos,
				this.jitNanos - earlier.jitNanos, this.gcNanos - earlier.gcNanos);
	}

	CpuTime plus(CpuTime other) {
		return new CpuTime(this.jvmNanos + other.jvmNanos,
				(this.postgresNanos < 0 || other.postgresNanos < 0) ? -1 : this.postgresNanos + other.postgresNanos,
				this.jitNanos + other.jitNanos, this.gcNanos + other.gcNanos);
	}

	/**
	 * User and system time of this JVM's JIT compiler threads (HotSpot names them "C1
	 * CompilerThreadN" and "C2 CompilerThreadN", cut to 15 characters by Linux) and of
	 * its garbage collector's ("GC Thread#N", "G1 Main Marker", "G1 Conc#N", "G1
	 * Refine#N", "G1 Service").
	 */
	private static long[] jitAndGcThreadNanos() {
		long[] nanos = new long[2];
		for (Stat thread : stats(Path.of("/proc/self/task")).orElse(List.of())) {
			if (thread.name().startsWith("C1 CompilerThre") || thread.name().startsWith("C2 CompilerThre")) {
				nanos[0] += thread.ownTicks() * NANOS_PER_TICK;
			}
			else if (thread.name().startsWith("GC Thread") || thread.name().startsWith("G1 ")) {
				nanos[1] += thread.ownTicks() * NANOS_PER_TICK;
			}
		}
		return nanos;
	}

	/**
	 * User and system time of the processes named postgres, and of their exited children
	 * (the postmaster's, which reaps every backend).
	 */
	private static long postgresServerNanos() {
		List<Stat> postgres = stats(Path.of("/proc")).orElse(List.of())
			.stream()
			.filter((process) -> process.name().equals("postgres"))
			.toList();
		return postgres.isEmpty() ? -1
				: postgres.stream().mapToLong((process) -> process.ownTicks() + process.childrenTicks()).sum()
						* NANOS_PER_TICK;
	}

	/**
	 * The {@code stat} of each process (or thread) under {@code dir}, leaving out those
	 * that end while it is read; empty without {@code /proc}.
	 */
	private static Optional<List<Stat>> stats(Path dir) {
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		List<Stat> stats = new ArrayList<>();
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				if (entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
					Stat.of(entry).ifPresent(stats::add);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.of(stats);
	}

	/**
	 * A process's or thread's name and CPU time, in clock ticks.
	 *
	 * @param name its name (15 characters at most)
	 * @param ownTicks its user and system time
	 * @param childrenTicks the user and system time of its children that ended
	 */
	private record Stat(String name, long ownTicks, long childrenTicks) {

		static Optional<Stat> of(Path entry) {
			String stat;
			try {
				stat = Files.readString(entry.resolve("stat"));
			}
			catch (IOException ex) {
				return Optional.empty(); // ended meanwhile
			}
			int open = stat.indexOf('(');
			int close = stat.lastIndexOf(')');
			if (open < 0 || close < 0) {
				return Optional.empty();
			}
			// After the name: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
			String[] fields = stat.substring(close + 2).split(" ");
			return Optional
				.of(new Stat(stat.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
						Long.parseLong(fields[13]) + Long.parseLong(fields[14])));
		}

	}

}
