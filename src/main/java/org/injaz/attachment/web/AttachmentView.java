package org.injaz.attachment.web;

import java.time.Instant;
import java.util.UUID;

import org.injaz.attachment.Attachment;

/**
 * An attachment as the API shows it.
 *
 * @param downloadPath where the caller downloads it
 */
public record AttachmentView(UUID id, String name, String purpose, String mediaType, long size, String sha256,
		Instant uploadedAt, String downloadPath) {

	/**
	 * @param basePath the collection's path, e.g. {@code /api/v1/drafts/<id>/attachments}
	 */
	public static AttachmentView of(Attachment attachment, String basePath) {
		return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getPurpose().name(),
				attachment.getMediaType(), attachment.getSize(), attachment.getSha256(), attachment.getUploadedAt(),
				basePath + "/" + attachment.getId());
	}

}
