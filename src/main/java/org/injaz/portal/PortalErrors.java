package org.injaz.portal;

import org.injaz.attachment.UnknownAttachmentException;
import org.injaz.nomination.DraftSubmittedException;
import org.injaz.nomination.UnknownDraftException;
import org.injaz.nomination.UnknownNominationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's failures as its own pages in the reader's language, never a stack trace, a
 * white-label page or the API's Problem Details (whose advice covers all of org.injaz).
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

	@ExceptionHandler({ UnknownNominationException.class, UnknownDraftException.class,
			UnknownAttachmentException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "portal/not-found";
	}

	/** A draft submitted in another window meanwhile: its nomination is the answer. */
	@ExceptionHandler(DraftSubmittedException.class)
	String submitted(DraftSubmittedException ex) {
		return "redirect:/portal/nominations/" + ex.getReference();
	}

	/**
	 * Bad requests (a wrong method, a malformed number in a path) keep their status;
	 * anything else is our failure, logged.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex) {
		HttpStatusCode status = (ex instanceof ErrorResponse response) ? response.getStatusCode()
				: (ex instanceof TypeMismatchException) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("Portal request failed", ex);
		}
		ModelAndView page = new ModelAndView((status.value() == 404) ? "portal/not-found" : "portal/failed");
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
