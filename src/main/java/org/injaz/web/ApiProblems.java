package org.injaz.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.injaz.nomination.DraftSubmittedException;
import org.injaz.nomination.IdempotencyKeyReusedException;
import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.StaleDraftException;
import org.injaz.nomination.UnknownDraftException;
import org.injaz.nomination.UnknownNominationException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the product's API as Problem Details, with field messages where the input was
 * at fault, in the caller's language (Accept-Language: Arabic or English, from the
 * {@code messages/problems} bundle); never a stack trace.
 */
@RestControllerAdvice(basePackages = "org.injaz")
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(InvalidSubmissionException.class)
	ProblemDetail invalidSubmission(InvalidSubmissionException ex) {
		List<Map<String, String>> errors = ex.getProblems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "message", text(problem)))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", (errors.size() == 1)
				? errors.get(0).get("field") + ": " + errors.get(0).get("message") : text("invalid.detail"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(UnknownNominationException.class)
	ProblemDetail unknownNomination(UnknownNominationException ex) {
		return problem(HttpStatus.NOT_FOUND, "unknownNomination", null);
	}

	@ExceptionHandler(UnknownDraftException.class)
	ProblemDetail unknownDraft(UnknownDraftException ex) {
		return problem(HttpStatus.NOT_FOUND, "unknownDraft", null);
	}

	@ExceptionHandler(StaleDraftException.class)
	ProblemDetail staleDraft(StaleDraftException ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "staleDraft", null);
		problem.setProperty("currentVersion", ex.getCurrentVersion());
		return problem;
	}

	/** Two saves of the same version raced; the later one is the stale one. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "staleDraft", null);
	}

	@ExceptionHandler(DraftSubmittedException.class)
	ProblemDetail draftSubmitted(DraftSubmittedException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "draftSubmitted", null, ex.getReference());
		problem.setProperty("reference", ex.getReference());
		return problem;
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotencyKeyReused", null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("invalid.detail"));
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map((error) -> Map.of("field", error.getField(), "message", fieldMessage(error)))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Malformed JSON, or a value of the wrong type: names the field when the parser knows
	 * it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("body");
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", null);
			problem.setDetail(field + ": " + text("invalidValue"));
			problem.setProperty("errors", List.of(Map.of("field", field, "message", text("invalidValue"))));
			return ResponseEntity.badRequest().body(problem);
		}
		String reason = (ex.getCause() instanceof JsonMappingException) ? "unreadable" : "malformed";
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, reason, null));
	}

	private String fieldMessage(FieldError error) {
		String message = error.getDefaultMessage();
		return (message != null) ? message : text("invalidValue");
	}

	private ProblemDetail problem(HttpStatus status, String code, String detail, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null) ? detail : text(code + ".detail", arguments));
		problem.setTitle(text(code + ".title"));
		return problem;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage("problem." + code, arguments, code, locale());
	}

	private String text(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
