package org.injaz.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * One case action. Immutable: Hibernate never writes an update for it.
 */
@Entity
@Immutable
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String nominationReference;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String nominationReference, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.nominationReference = nominationReference;
		this.detail = (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getNominationReference() {
		return this.nominationReference;
	}

	public String getDetail() {
		return this.detail;
	}

}
