package org.injaz.portal;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.ClosedForAttachmentsException;
import org.injaz.attachment.UnknownAttachmentException;
import org.injaz.attachment.web.AttachmentDownloads;
import org.injaz.nomination.ClarificationFiles;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.ClarificationAnswers;
import org.injaz.nomination.web.NominationQueries;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A nomination's files for its nominee: downloads, and the files of a clarification
 * answer, which may be added (with the same progress as draft evidence) and removed only
 * while the question is open, as through the API. Someone else's nomination or file is a
 * page not found.
 */
@Controller
class NominationFilesController {

	private final Attachments attachments;

	private final AttachmentDownloads downloads;

	private final NominationQueries queries;

	private final ClarificationAnswers clarifications;

	private final ClarificationFiles answerFiles;

	private final PortalUploads uploads;

	NominationFilesController(Attachments attachments, AttachmentDownloads downloads, NominationQueries queries,
			ClarificationAnswers clarifications, ClarificationFiles answerFiles, PortalUploads uploads) {
		this.attachments = attachments;
		this.downloads = downloads;
		this.queries = queries;
		this.clarifications = clarifications;
		this.answerFiles = answerFiles;
		this.uploads = uploads;
	}

	@GetMapping("/portal/nominations/{reference}/files/{id}")
	ResponseEntity<Resource> download(@PathVariable String reference, @PathVariable UUID id, Principal nominee) {
		this.queries.one(reference, nominee.getName());
		return this.downloads.download(this.attachments.get(AttachmentOwner.nomination(reference), id));
	}

	@PostMapping("/portal/nominations/{reference}/clarification/files")
	Object upload(@PathVariable String reference, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, Principal nominee, Locale locale,
			RedirectAttributes redirect) throws IOException {
		this.queries.one(reference, nominee.getName());
		boolean json = PortalUploads.wantsJson(accept);
		String page = "/portal/nominations/" + reference;
		if (!questionOpen(reference, nominee)) {
			return PortalUploads.refused(json,
					this.uploads.message(ClosedForAttachmentsException.CLARIFICATION_CLOSED, locale), page, redirect);
		}
		return this.uploads.store(AttachmentOwner.nomination(reference), AttachmentPurpose.CLARIFICATION, file,
				nominee.getName(), json, page, locale, redirect);
	}

	@PostMapping("/portal/nominations/{reference}/clarification/files/{id}/delete")
	String delete(@PathVariable String reference, @PathVariable UUID id, Principal nominee,
			RedirectAttributes redirect) {
		this.queries.one(reference, nominee.getName());
		String page = "redirect:/portal/nominations/" + reference;
		if (!questionOpen(reference, nominee)) {
			redirect.addFlashAttribute("problem", ClosedForAttachmentsException.CLARIFICATION_CLOSED);
			return page;
		}
		// Only the answer's own files: the submission's evidence stays.
		if (this.answerFiles.ofOpenAnswer(reference).stream().noneMatch((file) -> file.getId().equals(id))) {
			throw new UnknownAttachmentException(id);
		}
		this.attachments.delete(AttachmentOwner.nomination(reference), id);
		redirect.addFlashAttribute("notice", "portal.evidence.removed");
		return page;
	}

	private boolean questionOpen(String reference, Principal nominee) {
		try {
			this.clarifications.openQuestion(reference, nominee.getName());
			return true;
		}
		catch (UnknownNominationException ex) {
			return false;
		}
	}

}
