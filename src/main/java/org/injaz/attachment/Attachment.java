package org.injaz.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored file: its row is written only once the file itself is safely in place (see
 * {@link Attachments}); the bytes live in the attachments directory under the storage
 * key, never in the database.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private AttachmentOwner.Kind ownerKind;

	private String ownerId;

	@Enumerated(EnumType.STRING)
	private AttachmentPurpose purpose;

	/** As the uploader's client named it; shown nowhere without escaping. */
	private String originalName;

	/** The sanitised name used for downloads and links. */
	private String fileName;

	/** As detected from the content, never as declared by the client. */
	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String storageKey;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(UUID id, AttachmentOwner owner, AttachmentPurpose purpose, String originalName, String fileName,
			String mediaType, long size, String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {
		this.id = id;
		this.ownerKind = owner.kind();
		this.ownerId = owner.id();
		this.purpose = purpose;
		this.originalName = originalName;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	void moveTo(AttachmentOwner owner) {
		this.ownerKind = owner.kind();
		this.ownerId = owner.id();
	}

	public UUID getId() {
		return this.id;
	}

	public AttachmentOwner getOwner() {
		return new AttachmentOwner(this.ownerKind, this.ownerId);
	}

	public AttachmentPurpose getPurpose() {
		return this.purpose;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
