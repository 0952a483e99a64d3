package org.injaz.review.process;

import java.time.Duration;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a review is due and when its reviewer is reminded: the due date is stored with the
 * review ({@code reviewDue}, the task's due date and the overdue timer); the reminder is
 * read from it, {@code ${reviewSchedule.reminderAt(reviewDue)}}, rather than stored as a
 * variable of every review.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

	private final Duration reviewDuration;

	private final Duration reminderBefore;

	public ReviewSchedule(@Value("${injaz.review.duration:P14D}") Duration reviewDuration,
			@Value("${injaz.review.reminder-before:P3D}") Duration reminderBefore) {
		this.reviewDuration = reviewDuration;
		this.reminderBefore = reminderBefore;
	}

	/** A review opened at {@code openedAt} (engine time) is due this long after. */
	public Date dueFrom(Date openedAt) {
		return new Date(openedAt.getTime() + this.reviewDuration.toMillis());
	}

	public Date reminderAt(Date due) {
		return new Date(due.getTime() - this.reminderBefore.toMillis());
	}

}
