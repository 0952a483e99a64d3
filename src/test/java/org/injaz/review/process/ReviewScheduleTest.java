package org.injaz.review.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewScheduleTest {

	private final ReviewSchedule schedule = new ReviewSchedule(Duration.ofDays(14), Duration.ofDays(3));

	@Test
	void aReviewIsDueItsDurationAfterItOpens() {
		assertThat(this.schedule.dueFrom(Date.from(Instant.parse("2026-11-24T09:30:00Z"))))
			.isEqualTo(Date.from(Instant.parse("2026-12-08T09:30:00Z")));
	}

	@Test
	void theReviewerIsRemindedTheReminderPeriodBeforeTheDueDate() {
		assertThat(this.schedule.reminderAt(Date.from(Instant.parse("2026-12-08T09:30:00Z"))))
			.isEqualTo(Date.from(Instant.parse("2026-12-05T09:30:00Z")));
	}

}
