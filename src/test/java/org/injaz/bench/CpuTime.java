package org.injaz.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
record CpuTime(long jvmNanos, long postgresNanos, long jitNanos) {

	/** Linux's USER_HZ: the unit of the times in /proc/[pid]/stat. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	static CpuTime now() {
		long jvm = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		return new CpuTime(jvm, postgresServerNanos(), jitCompilerNanos());
	}

	/** The time used between {@code earlier} and this one. */
	CpuTime since(CpuTime earlier) {
		return new CpuTime(this.jvmNanos - earlier.jvmNanos,
				(this.postgresNanos < 0 || earlier.postgresNanos < 0) ? -1 : this.postgresNanos - earlier.postgresNanos,
				this.jitNanos - earlier.jitNanos);
	}

	CpuTime plus(CpuTime other) {
		return new CpuTime(this.jvmNanos + other.jvmNanos,
				(this.postgresNanos < 0 || other.postgresNanos < 0) ? -1 : this.postgresNanos + other.postgresNanos,
				this.jitNanos + other.jitNanos);
	}

	/**
	 * User and system time of this JVM's JIT compiler threads (HotSpot names them "C1
	 * CompilerThreadN" and "C2 CompilerThreadN", cut to 15 characters by Linux).
	 */
	private static long jitCompilerNanos() {
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return 0;
		}
		long ticks = 0;
		try (Stream<Path> entries = Files.list(tasks)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String stat;
				try {
					stat = Files.readString(entry.resolve("stat"));
				}
				catch (IOException ex) {
					continue; // ended meanwhile
				}
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				String name = (open < 0 || close < 0) ? "" : stat.substring(open + 1, close);
				if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
					String[] fields = stat.substring(close + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return ticks * NANOS_PER_TICK;
	}

	/**
	 * User and system time of the processes named postgres, and of their exited children
	 * (the postmaster's, which reaps every backend).
	 */
	private static long postgresServerNanos() {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return -1;
		}
		long ticks = 0;
		boolean found = false;
		try (Stream<Path> entries = Files.list(proc)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				String stat;
				try {
					stat = Files.readString(entry.resolve("stat"));
				}
				catch (IOException ex) {
					continue; // exited meanwhile
				}
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				if (open < 0 || close < 0 || !"postgres".equals(stat.substring(open + 1, close))) {
					continue;
				}
				// After the name: state is field 3, utime 14, stime 15, cutime 16, cstime
				// 17.
				String[] fields = stat.substring(close + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
						+ Long.parseLong(fields[14]);
				found = true;
			}
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		return found ? ticks * NANOS_PER_TICK : -1;
	}

}
