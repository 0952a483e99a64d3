package org.injaz.nomination;

import java.util.List;
import java.util.Optional;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;

import org.springframework.stereotype.Component;

/**
 * The files of the answer being prepared: the nomination's clarification files uploaded
 * since the open question was asked. Files of earlier answers belong to those answers and
 * stay as they are. The API and the portal remove only these.
 */
@Component
public class ClarificationFiles {

	private final Attachments attachments;

	private final NominationService nominations;

	ClarificationFiles(Attachments attachments, NominationService nominations) {
		this.attachments = attachments;
		this.nominations = nominations;
	}

	/** Empty when no question is open. */
	public List<Attachment> ofOpenAnswer(String reference) {
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
