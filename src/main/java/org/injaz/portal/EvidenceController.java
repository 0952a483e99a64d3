package org.injaz.portal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.RejectedAttachmentException;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft's evidence files. The upload form posts here as a plain multipart form (then
 * the page comes back with the file listed or the refusal beside the field), or, from
 * portal.js, as an XHR that asks for JSON so that the page can show the progress.
 * Refusals read as the attachments' own messages in the reader's language.
 */
@Controller
class EvidenceController {

	private final Attachments attachments;

	private final NominationDrafts drafts;

	private final MessageSource messages;

	EvidenceController(Attachments attachments, NominationDrafts drafts, MessageSource messages) {
		this.attachments = attachments;
		this.drafts = drafts;
		this.messages = messages;
	}

	@PostMapping("/portal/drafts/{id}/evidence")
	Object upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, Principal nominee, Locale locale,
			RedirectAttributes redirect) throws IOException {
		NominationDraft draft = this.drafts.get(id, nominee.getName());
		boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
		if (draft.isSubmitted()) {
			return refused(json, id, this.messages.getMessage("portal.draft.already-submitted", null, locale),
					redirect);
		}
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return refused(json, id, this.messages.getMessage("portal.evidence.choose", null, locale), redirect);
		}
		Attachment stored;
		try (InputStream content = file.getInputStream()) {
			stored = this.attachments.store(AttachmentOwner.draft(id), AttachmentPurpose.EVIDENCE,
					file.getOriginalFilename(), content, nominee.getName());
		}
		catch (RejectedAttachmentException ex) {
			return refused(json, id, this.messages.getMessage("attachment.rejected." + ex.getReason(),
					ex.getArguments(), this.messages.getMessage("portal.evidence.refused", null, locale), locale),
					redirect);
		}
		if (json) {
			return ResponseEntity.ok(Map.of("id", stored.getId().toString(), "name", stored.getOriginalName()));
		}
		redirect.addFlashAttribute("uploaded", stored.getOriginalName());
		return "redirect:/portal/drafts/" + id;
	}

	@PostMapping("/portal/drafts/{id}/evidence/{attachmentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID attachmentId, Principal nominee,
			RedirectAttributes redirect) {
		NominationDraft draft = this.drafts.get(id, nominee.getName());
		if (draft.isSubmitted()) {
			return "redirect:/portal/nominations/" + draft.getNominationReference();
		}
		this.attachments.delete(AttachmentOwner.draft(id), attachmentId);
		redirect.addFlashAttribute("notice", "portal.evidence.removed");
		return "redirect:/portal/drafts/" + id;
	}

	private static Object refused(boolean json, UUID draft, String message, RedirectAttributes redirect) {
		if (json) {
			return ResponseEntity.badRequest().body(Map.of("field", "file", "message", message));
		}
		redirect.addFlashAttribute("uploadError", message);
		return "redirect:/portal/drafts/" + draft;
	}

}
