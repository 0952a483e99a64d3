package org.injaz.portal;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;

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

	private final PortalUploads uploads;

	EvidenceController(Attachments attachments, NominationDrafts drafts, PortalUploads uploads) {
		this.attachments = attachments;
		this.drafts = drafts;
		this.uploads = uploads;
	}

	@PostMapping("/portal/drafts/{id}/evidence")
	Object upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, Principal nominee, Locale locale,
			RedirectAttributes redirect) throws IOException {
		NominationDraft draft = this.drafts.get(id, nominee.getName());
		boolean json = PortalUploads.wantsJson(accept);
		String page = "/portal/drafts/" + id;
		if (draft.isSubmitted()) {
			return PortalUploads.refused(json, this.uploads.message("portal.draft.already-submitted", locale), page,
					redirect);
		}
		return this.uploads.store(AttachmentOwner.draft(id), AttachmentPurpose.EVIDENCE, file, nominee.getName(), json,
				page, locale, redirect);
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

}
