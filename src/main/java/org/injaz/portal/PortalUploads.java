package org.injaz.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.RejectedAttachmentException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the portal's upload forms share: storing the chosen file, and the reply, as JSON
 * for portal.js (the progress) or as a redirect back to the page with the file listed or
 * the refusal beside the field, in the reader's language.
 */
@Component
class PortalUploads {

	private final Attachments attachments;

	private final MessageSource messages;

	PortalUploads(Attachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	static boolean wantsJson(String accept) {
		return accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}

	/**
	 * Stores the file and replies; a missing or refused file is answered as a refusal.
	 */
	Object store(AttachmentOwner owner, AttachmentPurpose purpose, MultipartFile file, String user, boolean json,
			String page, Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return refused(json, message("portal.evidence.choose", locale), page, redirect);
		}
		Attachment stored;
		try (InputStream content = file.getInputStream()) {
			stored = this.attachments.store(owner, purpose, file.getOriginalFilename(), content, user);
		}
		catch (RejectedAttachmentException ex) {
			return refused(json, this.messages.getMessage("attachment.rejected." + ex.getReason(), ex.getArguments(),
					message("portal.evidence.refused", locale), locale), page, redirect);
		}
		if (json) {
			return ResponseEntity.ok(Map.of("id", stored.getId().toString(), "name", stored.getOriginalName()));
		}
		redirect.addFlashAttribute("uploaded", stored.getOriginalName());
		return "redirect:" + page;
	}

	String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static Object refused(boolean json, String message, String page, RedirectAttributes redirect) {
		if (json) {
			return ResponseEntity.badRequest().body(Map.of("field", "file", "message", message));
		}
		redirect.addFlashAttribute("uploadError", message);
		return "redirect:" + page;
	}

}
