package org.injaz.attachment.web;

import java.util.List;
import java.util.Map;

import org.injaz.attachment.AttachmentAccessDeniedException;
import org.injaz.attachment.AttachmentProperties;
import org.injaz.attachment.ClosedForAttachmentsException;
import org.injaz.attachment.RejectedAttachmentException;
import org.injaz.attachment.RejectedAttachmentException.Reason;
import org.injaz.attachment.UnknownAttachmentException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Refused and unknown attachments as Problem Details in the caller's language (Arabic by
 * default, English for {@code Accept-Language: en}), with the field {@code file} named.
 * Not limited to a package: an upload over the multipart limit fails before any
 * controller is chosen. Ordered before the general API problems.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

	static final String FIELD = "file";

	private final MessageSource messages;

	private final AttachmentProperties properties;

	AttachmentProblems(MessageSource messages, AttachmentProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@ExceptionHandler(RejectedAttachmentException.class)
	ProblemDetail rejected(RejectedAttachmentException ex) {
		boolean tooLarge = ex.getReason() == Reason.TOO_LARGE || ex.getReason() == Reason.QUOTA_EXCEEDED;
		return fileProblem(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
				tooLarge ? "attachment.problem.too-large" : "attachment.problem.rejected", ex.getReason(),
				message("attachment.rejected." + ex.getReason(), ex.getArguments()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
		long megabytes = this.properties.maxFileSize().toMegabytes();
		return fileProblem(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.problem.too-large", Reason.TOO_LARGE,
				message("attachment.rejected." + Reason.TOO_LARGE, new Object[] { megabytes }));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("attachment.missing-part", null));
		problem.setTitle(message("attachment.problem.rejected", null));
		problem.setProperty("errors",
				List.of(Map.of("field", ex.getRequestPartName(), "message", message("attachment.missing-part", null))));
		return problem;
	}

	/** Not a multipart request, or one that cannot be read. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("attachment.missing-part", null));
		problem.setTitle(message("attachment.problem.rejected", null));
		problem.setProperty("errors",
				List.of(Map.of("field", FIELD, "message", message("attachment.missing-part", null))));
		return problem;
	}

	@ExceptionHandler(UnknownAttachmentException.class)
	ProblemDetail unknown(UnknownAttachmentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				message("attachment.unknown", null));
		problem.setTitle(message("attachment.problem.unknown", null));
		return problem;
	}

	@ExceptionHandler(AttachmentAccessDeniedException.class)
	ProblemDetail forbidden(AttachmentAccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				message("attachment.forbidden", null));
		problem.setTitle(message("attachment.problem.forbidden", null));
		return problem;
	}

	@ExceptionHandler(ClosedForAttachmentsException.class)
	ProblemDetail closed(ClosedForAttachmentsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message(ex.getMessage(), null));
		problem.setTitle(message("attachment.problem.closed", null));
		return problem;
	}

	private ProblemDetail fileProblem(HttpStatus status, String titleKey, Reason reason, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(message(titleKey, null));
		problem.setProperty("code", reason.name());
		problem.setProperty("errors", List.of(Map.of("field", FIELD, "message", detail)));
		return problem;
	}

	private String message(String key, Object[] arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
