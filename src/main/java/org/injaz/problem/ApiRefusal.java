package org.injaz.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API refuses for a reason with a message code: title and detail come from
 * {@code problem.<code>.title} and {@code problem.<code>.detail} in the problems bundle,
 * in the caller's language. Lives apart from the features so that any of them may throw
 * it.
 */
public class ApiRefusal extends ErrorResponseException {

	private final String code;

	public ApiRefusal(HttpStatus status, String code, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, "problem." + code + ".detail", arguments);
		this.code = code;
	}

	@Override
	public String getTitleMessageCode() {
		return "problem." + this.code + ".title";
	}

	public String getCode() {
		return this.code;
	}

}
