package org.injaz.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.injaz.problem.RefusedStepException;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API (and so Tasklist) answers a step the award's rules refuse with
 * 400 and the refusal's own message, in the engine's error format, instead of a server
 * error. The engine wraps what a task listener throws in a
 * {@link ProcessEngineException}, and some resources (submit-form) wrap that in a
 * {@link RestException}; a delegate's refusal arrives as it is.
 */
@Configuration(proxyBeanMethods = false)
class RefusedStepsOverEngineRest {

	@Bean
	ResourceConfigCustomizer refusedStepsAsBadRequests() {
		return (config) -> config.register(RefusalInEngineFailure.class)
			.register(RefusalInRestFailure.class)
			.register(Refusal.class);
	}

	static RefusedStepException refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedStepException refused) {
				return refused;
			}
		}
		return null;
	}

	static Response badRequest(RefusedStepException refused) {
		ExceptionDto body = new ExceptionDto();
		body.setType(refused.getClass().getSimpleName());
		body.setMessage(refused.getMessage());
		body.setCode(0);
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	/** Ahead of the engine's own mapper of the same type, for refusals only. */
	@Priority(Priorities.USER - 100)
	static class RefusalInEngineFailure implements ExtendedExceptionMapper<ProcessEngineException> {

		@Override
		public boolean isMappable(ProcessEngineException failure) {
			return refusal(failure) != null;
		}

		@Override
		public Response toResponse(ProcessEngineException failure) {
			return badRequest(refusal(failure));
		}

	}

	/** Ahead of the REST API's own mapper of the same type, for refusals only. */
	@Priority(Priorities.USER - 100)
	static class RefusalInRestFailure implements ExtendedExceptionMapper<RestException> {

		@Override
		public boolean isMappable(RestException failure) {
			return refusal(failure) != null;
		}

		@Override
		public Response toResponse(RestException failure) {
			return badRequest(refusal(failure));
		}

	}

	static class Refusal implements ExceptionMapper<RefusedStepException> {

		@Override
		public Response toResponse(RefusedStepException refused) {
			return badRequest(refused);
		}

	}

}
