package org.injaz.nomination;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * An Idempotency-Key a nominee sent with a submission, the request it came with (as a
 * hash) and the nomination it made.
 */
@Entity
class SubmissionKey {

	@EmbeddedId
	private Id id;

	private String requestHash;

	private String nominationReference;

	private Instant createdAt;

	protected SubmissionKey() {
	}

	SubmissionKey(String owner, String key, String requestHash, Instant now) {
		this.id = new Id(owner, key);
		this.requestHash = requestHash;
		this.createdAt = now;
	}

	String getRequestHash() {
		return this.requestHash;
	}

	String getNominationReference() {
		return this.nominationReference;
	}

	void madeNomination(String reference) {
		this.nominationReference = reference;
	}

	@Embeddable
	record Id(String owner, @Column(name = "idempotency_key") String key) implements Serializable {
	}

}
