package org.injaz.portal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.injaz.attachment.Attachment;

/**
 * An evidence file as the portal lists it. Public for the templates.
 */
public record EvidenceFile(UUID id, String name, long size) {

	static List<EvidenceFile> of(List<Attachment> attachments) {
		return attachments.stream()
			.map((attachment) -> new EvidenceFile(attachment.getId(), attachment.getOriginalName(),
					attachment.getSize()))
			.toList();
	}

	/** Kilobytes below a megabyte, megabytes with one decimal above. */
	public String sizeText() {
		if (this.size < 1024 * 1024) {
			return String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(this.size / 1024.0)));
		}
		return String.format(Locale.ROOT, "%.1f MB", this.size / (1024.0 * 1024.0));
	}

}
