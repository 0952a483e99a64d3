package org.injaz.nomination.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.ClosedForAttachmentsException;
import org.injaz.attachment.UnknownAttachmentException;
import org.injaz.attachment.web.AttachmentDownloads;
import org.injaz.attachment.web.AttachmentView;
import org.injaz.edition.EditionCoordinators;
import org.injaz.nomination.ClarificationFiles;
import org.injaz.nomination.DraftSubmittedException;
import org.injaz.nomination.NominationDraft;
import org.injaz.nomination.NominationDrafts;
import org.injaz.nomination.UnknownNominationException;
import org.injaz.nomination.process.ClarificationAnswers;
import org.injaz.security.Roles;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of a nominee's draft, which move to the nomination on submission; files
 * attached to the answer of a clarification question; and the nomination's files for the
 * nominee, its edition's coordinators and admins. Someone else's draft, nomination or
 * file is unknown (404).
 */
@Tag(name = "Attachments", description = "Evidence files of drafts, nominations and clarification answers")
@RestController
class AttachmentController {

	private final Attachments attachments;

	private final AttachmentDownloads downloads;

	private final NominationDrafts drafts;

	private final NominationQueries queries;

	private final ClarificationAnswers clarifications;

	private final ClarificationFiles clarificationFiles;

	AttachmentController(Attachments attachments, AttachmentDownloads downloads, NominationDrafts drafts,
			NominationQueries queries, ClarificationAnswers clarifications, ClarificationFiles clarificationFiles) {
		this.clarificationFiles = clarificationFiles;
		this.attachments = attachments;
		this.downloads = downloads;
		this.drafts = drafts;
		this.queries = queries;
		this.clarifications = clarifications;
	}

	@Operation(summary = "Attach a file to a draft",
			description = "Multipart part file. The type is told by content, never by name or Content-Type.")
	@ApiResponse(responseCode = "201", description = "Stored; Location is its download path")
	@ApiResponse(responseCode = "400",
			description = "Not an accepted type by content (PDF, PNG, JPEG, DOCX, XLSX), empty, or unnamed: errors[] names file",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "Over 20 MB, or over the nomination's 100 MB: errors[] names file",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such draft of yours",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The draft was already submitted",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping(path = "/api/v1/drafts/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> addToDraft(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
			Authentication caller) {
		NominationDraft draft = openDraft(id, caller);
		return created(store(AttachmentOwner.draft(draft.getId()), AttachmentPurpose.EVIDENCE, file, caller),
				draftPath(id));
	}

	@Operation(summary = "A draft's files")
	@ApiResponse(responseCode = "404", description = "No such draft of yours",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/api/v1/drafts/{id}/attachments")
	List<AttachmentView> ofDraft(@PathVariable UUID id, Authentication caller) {
		this.drafts.get(id, caller.getName());
		return views(AttachmentOwner.draft(id), draftPath(id));
	}

	@Operation(summary = "Download a draft's file",
			description = "Content-Disposition: attachment with the RFC 5987 file name; X-Content-Type-Options: nosniff.")
	@ApiResponse(responseCode = "404", description = "No such draft or file of yours",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/api/v1/drafts/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> downloadFromDraft(@PathVariable UUID id, @PathVariable UUID attachmentId,
			Authentication caller) {
		this.drafts.get(id, caller.getName());
		return this.downloads.download(this.attachments.get(AttachmentOwner.draft(id), attachmentId));
	}

	@Operation(summary = "Remove a file from a draft")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such draft or file of yours",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The draft was already submitted",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/api/v1/drafts/{id}/attachments/{attachmentId}")
	ResponseEntity<Void> deleteFromDraft(@PathVariable UUID id, @PathVariable UUID attachmentId,
			Authentication caller) {
		openDraft(id, caller);
		this.attachments.delete(AttachmentOwner.draft(id), attachmentId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A nomination's files", description = "Its nominee, the coordinators of its edition, admins.")
	@ApiResponse(responseCode = "404", description = "No such nomination visible to you",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/api/v1/nominations/{reference}/attachments")
	List<AttachmentView> ofNomination(@PathVariable String reference, Authentication caller) {
		requireVisible(reference, caller);
		return views(AttachmentOwner.nomination(reference), nominationPath(reference));
	}

	@Operation(summary = "Download a nomination's file")
	@ApiResponse(responseCode = "404", description = "No such nomination or file visible to you",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/api/v1/nominations/{reference}/attachments/{attachmentId}")
	ResponseEntity<Resource> downloadFromNomination(@PathVariable String reference, @PathVariable UUID attachmentId,
			Authentication caller) {
		requireVisible(reference, caller);
		return this.downloads.download(this.attachments.get(AttachmentOwner.nomination(reference), attachmentId));
	}

	/** Only while the coordinator's question to the caller is open (409 otherwise). */
	@Operation(summary = "Attach a file to the answer of a clarification question",
			description = "Multipart part file; only while the question to you is open.")
	@ApiResponse(responseCode = "201", description = "Stored; Location is its download path")
	@ApiResponse(responseCode = "400",
			description = "Not an accepted type by content (PDF, PNG, JPEG, DOCX, XLSX), empty, or unnamed: errors[] names file",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "Over 20 MB, or over the nomination's 100 MB: errors[] names file",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such nomination of yours",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "No open question",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping(path = "/api/v1/nominations/{reference}/clarification/attachments",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> addToClarification(@PathVariable String reference,
			@RequestPart("file") MultipartFile file, Authentication caller) {
		requireOpenQuestion(reference, caller);
		return created(store(AttachmentOwner.nomination(reference), AttachmentPurpose.CLARIFICATION, file, caller),
				nominationPath(reference));
	}

	/** Removes a file of the answer being prepared; evidence of the submission stays. */
	@Operation(summary = "Remove a file from the answer being prepared")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such nomination, or no such file of the answer",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "No open question",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/api/v1/nominations/{reference}/clarification/attachments/{attachmentId}")
	ResponseEntity<Void> deleteFromClarification(@PathVariable String reference, @PathVariable UUID attachmentId,
			Authentication caller) {
		requireOpenQuestion(reference, caller);
		// Only the answer being prepared: files of earlier answers are their record.
		boolean ofThisAnswer = this.clarificationFiles.ofOpenAnswer(reference)
			.stream()
			.anyMatch((file) -> file.getId().equals(attachmentId));
		if (!ofThisAnswer) {
			throw new UnknownAttachmentException(attachmentId);
		}
		this.attachments.delete(AttachmentOwner.nomination(reference), attachmentId);
		return ResponseEntity.noContent().build();
	}

	private Attachment store(AttachmentOwner owner, AttachmentPurpose purpose, MultipartFile file,
			Authentication caller) {
		try (InputStream content = file.getInputStream()) {
			return this.attachments.store(owner, purpose, file.getOriginalFilename(), content, caller.getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The caller's draft, not yet submitted (a submitted one is the record: 409). */
	private NominationDraft openDraft(UUID id, Authentication caller) {
		NominationDraft draft = this.drafts.get(id, caller.getName());
		if (draft.isSubmitted()) {
			throw new DraftSubmittedException(id, draft.getNominationReference());
		}
		return draft;
	}

	private void requireOpenQuestion(String reference, Authentication caller) {
		this.queries.one(reference, caller.getName());
		try {
			this.clarifications.openQuestion(reference, caller.getName());
		}
		catch (UnknownNominationException ex) {
			throw new ClosedForAttachmentsException(ClosedForAttachmentsException.CLARIFICATION_CLOSED);
		}
	}

	/** The nominee their own; coordinators the editions they coordinate; admins all. */
	private void requireVisible(String reference, Authentication caller) {
		Set<String> authorities = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean staff = authorities.contains("ROLE_" + Roles.COORDINATOR)
				|| authorities.contains("ROLE_" + Roles.ADMIN);
		if (!staff) {
			this.queries.one(reference, caller.getName());
			return;
		}
		NominationView view = this.queries.one(reference, null);
		if (!EditionCoordinators.sees(authorities, view.programmeCode(), view.editionNumber())) {
			throw new UnknownNominationException(reference);
		}
	}

	private List<AttachmentView> views(AttachmentOwner owner, String basePath) {
		return this.attachments.of(owner)
			.stream()
			.map((attachment) -> AttachmentView.of(attachment, basePath))
			.toList();
	}

	private static ResponseEntity<AttachmentView> created(Attachment attachment, String basePath) {
		AttachmentView view = AttachmentView.of(attachment, basePath);
		return ResponseEntity.created(URI.create(view.downloadPath())).body(view);
	}

	private static String draftPath(UUID id) {
		return "/api/v1/drafts/" + id + "/attachments";
	}

	private static String nominationPath(String reference) {
		return "/api/v1/nominations/" + reference + "/attachments";
	}

}
