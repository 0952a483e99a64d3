package org.injaz.web;

import java.util.List;
import java.util.Map;

import org.injaz.nomination.InvalidSubmissionException;
import org.injaz.nomination.UnknownNominationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the product's API as Problem Details, with field messages where the input was
 * at fault; never a stack trace.
 */
@RestControllerAdvice(basePackages = "org.injaz")
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidSubmissionException.class)
	ProblemDetail invalidSubmission(InvalidSubmissionException ex) {
		return fieldProblem(ex.getField(), ex.getMessage());
	}

	@ExceptionHandler(UnknownNominationException.class)
	ProblemDetail unknownNomination(UnknownNominationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Nomination not found");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields");
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map((error) -> Map.of("field", error.getField(), "message",
							(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid"))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	static ProblemDetail fieldProblem(@Nullable String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle("Invalid request");
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		return problem;
	}

}
