package org.injaz.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SlowListRecordingTest {

	@Test
	void slowOnlyWhenTheExpertsListsAreFarSlowerThanTheCoordinators() {
		// The runs' usual medians, and the two runs in which every expert's list was
		// slow.
		assertThat(SlowListRecording.slow(38.3, 34.6)).isFalse();
		assertThat(SlowListRecording.slow(40.9, 37.3)).isFalse();
		assertThat(SlowListRecording.slow(67.4, 34.4)).isTrue();
		assertThat(SlowListRecording.slow(69.6, 34.0)).isTrue();
		assertThat(SlowListRecording.slow(10, 0)).isFalse();
	}

	@Test
	void writesAFlightRecordingOnlyOnceStarted(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("bench/slow-expert-lists.jfr");
		try (SlowListRecording idle = new SlowListRecording(file)) {
			assertThat(idle.finish()).isNull();
		}
		assertThat(file).doesNotExist();

		SlowListRecording recording = new SlowListRecording(file);
		recording.start();
		recording.start();
		assertThat(recording.started()).isTrue();
		Thread.sleep(50);
		assertThat(recording.finish()).isEqualTo(file);
		assertThat(recording.started()).isFalse();
		assertThat(Files.size(file)).isPositive();
		assertThat(RecordingFile.readAllEvents(file)).isNotEmpty();
	}

	@Test
	void medianOfOneOperationSoFar() {
		Latencies latencies = new Latencies();
		assertThat(latencies.p50("list")).isZero();
		latencies.record("list", 30);
		latencies.record("list", 10);
		latencies.record("list", 20);
		latencies.record("other", 99);
		assertThat(latencies.p50("list")).isEqualTo(20);
	}

}
