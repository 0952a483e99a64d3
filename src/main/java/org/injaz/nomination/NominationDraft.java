package org.injaz.nomination;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A nominee's nomination before submission: saved as often as they like, guarded by its
 * version against lost updates, read-only once submitted.
 */
@Entity
public class NominationDraft {

	@Id
	private UUID id;

	private String owner;

	private String programmeCode;

	private Integer editionNumber;

	private String branchCode;

	private String entityName;

	@Enumerated(EnumType.STRING)
	private EntityType entityType;

	private String title;

	private String summary;

	private String serviceUrl;

	private String partnerEntities;

	private String nominationReference;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected NominationDraft() {
	}

	NominationDraft(String owner, DraftContent content, Instant now) {
		this.id = UUID.randomUUID();
		this.owner = owner;
		this.createdAt = now;
		apply(content, now);
	}

	void apply(DraftContent content, Instant now) {
		if (isSubmitted()) {
			throw new DraftSubmittedException(this.id, this.nominationReference);
		}
		this.programmeCode = content.programmeCode();
		this.editionNumber = content.editionNumber();
		this.branchCode = content.branchCode();
		this.entityName = content.entityName();
		this.entityType = content.entityType();
		this.title = content.title();
		this.summary = content.summary();
		this.serviceUrl = content.serviceUrl();
		this.partnerEntities = content.partnerEntities().isEmpty() ? null
				: String.join("\n", content.partnerEntities());
		this.updatedAt = now;
	}

	void submittedAs(String reference, Instant now) {
		this.nominationReference = reference;
		this.updatedAt = now;
	}

	public DraftContent content() {
		return new DraftContent(this.programmeCode, this.editionNumber, this.branchCode, this.entityName,
				this.entityType, this.title, this.summary, this.serviceUrl,
				(this.partnerEntities != null) ? Arrays.asList(this.partnerEntities.split("\n")) : List.of());
	}

	public boolean isSubmitted() {
		return this.nominationReference != null;
	}

	public UUID getId() {
		return this.id;
	}

	public String getOwner() {
		return this.owner;
	}

	/** The nomination it became; null while it is a draft. */
	public String getNominationReference() {
		return this.nominationReference;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
