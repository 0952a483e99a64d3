package org.injaz.nomination;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A question to the nominee about a nomination's eligibility and the nominee's answer;
 * unanswered at the deadline, it expires and the nomination is ineligible.
 */
@Entity
public class Clarification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "nomination_id")
	private Nomination nomination;

	private String question;

	private String answer;

	private Instant askedAt;

	private Instant answeredAt;

	private Instant expiredAt;

	protected Clarification() {
	}

	Clarification(Nomination nomination, String question, Instant now) {
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("A clarification needs a question");
		}
		this.nomination = nomination;
		this.question = question.strip();
		this.askedAt = now;
	}

	boolean isOpen() {
		return this.answeredAt == null && this.expiredAt == null;
	}

	void answer(String answer, Instant now) {
		if (!isOpen()) {
			throw new IllegalStateException("The clarification of " + this.nomination.getReference() + " is closed");
		}
		if (answer == null || answer.isBlank()) {
			throw new IllegalArgumentException("An answer is required");
		}
		this.answer = answer.strip();
		this.answeredAt = now;
	}

	void expire(Instant now) {
		if (isOpen()) {
			this.expiredAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Instant getAskedAt() {
		return this.askedAt;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public Instant getExpiredAt() {
		return this.expiredAt;
	}

}
