package org.injaz.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The engine's REST API reads and writes JSON with one object mapper, configured as the
 * API configures it. The API's own resolver ({@link JacksonConfigurator}) makes a new
 * mapper for every lookup, several per request, so that Jackson rebuilt its
 * (de)serializers each time: about 5 % of the server's CPU in the benchmark's lifecycles
 * (docs/performance.md). The same goes for the webapps' own APIs, among them the engine
 * API that Tasklist asks ({@code /camunda/api/engine}); all of them register that
 * resolver. Jersey finds this class (META-INF/services) for each of its server
 * applications and puts the shared mapper ahead of theirs.
 */
public final class EngineRestObjectMapper implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
				&& !context.getConfiguration().isRegistered(SharedObjectMapper.class)) {
			context.register(SharedObjectMapper.class);
		}
	}

	/** Ahead of the API's own resolver for the same media types. */
	@Provider
	@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
	@Priority(jakarta.ws.rs.Priorities.USER - 100)
	public static class SharedObjectMapper implements ContextResolver<ObjectMapper> {

		/** Safe to share once configured; it clones its date format for each use. */
		static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return MAPPER;
		}

	}

}
