package org.injaz.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentPurpose;

/**
 * The links to a nomination's files that staff task forms show: a Markdown list, which
 * the forms' text view renders (and sanitises). Names are escaped so that no file name
 * can add markup or links of its own.
 */
public final class CaseFileLinks {

	public static final String PATH_PREFIX = "/files/nominations/";

	private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]<>()#+-.!|~&\"'=:;$%@^";

	private static final Map<String, String> KINDS = Map.of("application/pdf", "PDF", "image/png", "PNG", "image/jpeg",
			"JPEG", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel");

	private CaseFileLinks() {
	}

	public static String path(String reference, Attachment attachment) {
		return PATH_PREFIX + reference + "/" + attachment.getId();
	}

	/** One line per file, or null when there is none. */
	public static String markdown(String reference, List<Attachment> attachments) {
		if (attachments.isEmpty()) {
			return null;
		}
		StringBuilder markdown = new StringBuilder();
		for (Attachment attachment : attachments) {
			markdown.append("- [")
				.append(escape(attachment.getFileName()))
				.append("](")
				.append(path(reference, attachment))
				.append(") · ")
				.append(KINDS.getOrDefault(attachment.getMediaType(), attachment.getMediaType()))
				.append(" · ")
				.append(size(attachment.getSize()));
			if (attachment.getPurpose() == AttachmentPurpose.CLARIFICATION) {
				markdown.append(" · استيضاح · clarification");
			}
			markdown.append('\n');
		}
		return markdown.toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		text.codePoints().forEach((c) -> {
			if (c < 0x80 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.appendCodePoint(c);
		});
		return escaped.toString();
	}

	private static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
