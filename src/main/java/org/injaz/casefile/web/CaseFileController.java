package org.injaz.casefile.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.injaz.attachment.AttachmentAccessDeniedException;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.web.AttachmentDownloads;
import org.injaz.casefile.CaseFileAccess;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A nomination's file for the staff who work on it, as a link in a Tasklist form opens
 * it: signed in by the web session (Keycloak's in the full stack, the webapps' own in the
 * embedded default), not by a token.
 */
@RestController
class CaseFileController {

	static final String PATH = "/files/nominations/{reference}/{attachmentId}";

	private final CaseFileAccess access;

	private final Attachments attachments;

	private final AttachmentDownloads downloads;

	CaseFileController(CaseFileAccess access, Attachments attachments, AttachmentDownloads downloads) {
		this.access = access;
		this.attachments = attachments;
		this.downloads = downloads;
	}

	@GetMapping(PATH)
	ResponseEntity<Resource> download(@PathVariable String reference, @PathVariable UUID attachmentId,
			Authentication caller) {
		Set<String> authorities = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (!this.access.mayRead(caller.getName(), authorities, reference)) {
			throw new AttachmentAccessDeniedException(reference);
		}
		return this.downloads.download(this.attachments.get(AttachmentOwner.nomination(reference), attachmentId));
	}

}
