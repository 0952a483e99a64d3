package org.injaz.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security filters as Problem Details, like every other API error.
 * The wrapped entry point still sets its WWW-Authenticate challenge.
 */
public final class ProblemResponses {

	private static final ObjectMapper json = new ObjectMapper().addMixIn(ProblemDetail.class,
			ProblemDetailJacksonMixin.class);

	private static final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	static {
		messages.setBasename("messages/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	private ProblemResponses() {
	}

	private static String message(String code, HttpServletRequest request) {
		return messages.getMessage(code, null, Languages.of(request));
	}

	public static AuthenticationEntryPoint unauthorized(AuthenticationEntryPoint challenge) {
		return (request, response, ex) -> {
			HttpServletResponse headersOnly = new jakarta.servlet.http.HttpServletResponseWrapper(response) {
				@Override
				public void sendError(int sc) {
					setStatus(sc);
				}

				@Override
				public void sendError(int sc, String msg) {
					setStatus(sc);
				}
			};
			challenge.commence(request, headersOnly, ex);
			write(response, HttpStatus.UNAUTHORIZED, message("problem.unauthorized.detail", request));
		};
	}

	public static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
				message("problem.forbidden.detail", request));
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
