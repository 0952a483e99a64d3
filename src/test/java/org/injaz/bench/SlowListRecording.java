package org.injaz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A flight recording of the task lists at scale, started only when the experts' lists run
 * far slower than the coordinator's (in one full run in five or six every expert's list
 * was 30 ms slower from the first round to the last, for a cause found neither in the
 * database nor its plans: docs/performance.md). Normally the two differ by a few
 * milliseconds.
 */
final class SlowListRecording implements AutoCloseable {

	/** Experts' p50 over the coordinator's at which a recording starts. */
	static final double SLOW_RATIO = 1.5;

	private final Path file;

	private Recording recording;

	SlowListRecording(Path file) {
		this.file = file;
	}

	static boolean slow(double reviewerP50, double coordinatorP50) {
		return coordinatorP50 > 0 && reviewerP50 > SLOW_RATIO * coordinatorP50;
	}

	/** Starts recording (JFR's "profile" settings) if not yet started. */
	void start() {
		if (this.recording != null) {
			return;
		}
		try {
			this.recording = new Recording(Configuration.getConfiguration("profile"));
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("No JFR profile configuration", ex);
		}
		this.recording.setName("slow-expert-lists");
		this.recording.start();
	}

	boolean started() {
		return this.recording != null;
	}

	/** Stops and writes the recording; its file, or null when none was started. */
	Path finish() {
		if (this.recording == null) {
			return null;
		}
		try {
			Files.createDirectories(this.file.getParent());
			this.recording.stop();
			this.recording.dump(this.file);
			return this.file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close();
		}
	}

	@Override
	public void close() {
		if (this.recording != null) {
			this.recording.close();
			this.recording = null;
		}
	}

}
