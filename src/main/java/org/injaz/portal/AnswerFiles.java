package org.injaz.portal;

import java.util.List;
import java.util.Optional;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.nomination.Clarification;
import org.injaz.nomination.NominationService;

import org.springframework.stereotype.Component;

/**
 * The files of the answer being prepared: the nomination's clarification files uploaded
 * since the open question was asked. Files of earlier answers belong to those answers and
 * stay as they are.
 */
@Component
class AnswerFiles {

	private final Attachments attachments;

	private final NominationService nominations;

	AnswerFiles(Attachments attachments, NominationService nominations) {
		this.attachments = attachments;
		this.nominations = nominations;
	}

	List<Attachment> of(String reference) {
		Optional<Clarification> open = this.nominations.clarificationsOf(reference)
			.stream()
			.filter((clarification) -> clarification.getAnsweredAt() == null && clarification.getExpiredAt() == null)
			.findFirst();
		if (open.isEmpty()) {
			return List.of();
		}
		return this.attachments.of(AttachmentOwner.nomination(reference))
			.stream()
			.filter((file) -> file.getPurpose() == AttachmentPurpose.CLARIFICATION
					&& !file.getUploadedAt().isBefore(open.get().getAskedAt()))
			.toList();
	}

}
