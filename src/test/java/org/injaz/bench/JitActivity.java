package org.injaz.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How busy this JVM's JIT compiler has been: its compile time as a share of the wall time
 * since the last look. Where the JVM does not monitor compile time, it reads as settled
 * (0).
 */
final class JitActivity {

	private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();

	private long lastNanos = System.nanoTime();

	private long lastCompileMillis = compileMillis();

	/** Compile time over wall time since the last call (or since this was made). */
	double shareSinceLast() {
		long now = System.nanoTime();
		long compile = compileMillis();
		double wallMillis = Math.max(1, (now - this.lastNanos) / 1e6);
		double share = (compile - this.lastCompileMillis) / wallMillis;
		this.lastNanos = now;
		this.lastCompileMillis = compile;
		return share;
	}

	private long compileMillis() {
		return (this.compiler != null && this.compiler.isCompilationTimeMonitoringSupported())
				? this.compiler.getTotalCompilationTime() : 0;
	}

}
