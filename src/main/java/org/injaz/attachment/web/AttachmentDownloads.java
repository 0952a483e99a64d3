package org.injaz.attachment.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.injaz.attachment.Attachment;
import org.injaz.attachment.Attachments;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * A file as a download: streamed, with the type detected at upload, never rendered inline
 * or sniffed by the browser, and the sanitised name in both the ASCII {@code filename}
 * and the RFC 5987 {@code filename*} (RFC 6266).
 */
@Component
public class AttachmentDownloads {

	private final Attachments attachments;

	AttachmentDownloads(Attachments attachments) {
		this.attachments = attachments;
	}

	public ResponseEntity<Resource> download(Attachment attachment) {
		InputStream content = this.attachments.open(attachment);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getMediaType()))
			.contentLength(attachment.getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.getFileName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new InputStreamResource(content) {
				@Override
				public long contentLength() {
					return attachment.getSize();
				}
			});
	}

	static String contentDisposition(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
				+ UriUtils.encode(fileName, StandardCharsets.UTF_8);
	}

	private static String asciiFallback(String name) {
		StringBuilder ascii = new StringBuilder(name.length());
		name.codePoints()
			.forEach(
					(c) -> ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') ? (char) c : '_'));
		return ascii.toString();
	}

}
