package org.injaz.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API reads and writes JSON with one object mapper, configured as the
 * API configures it. The API's own resolver makes a new mapper for every lookup, several
 * per request, so that Jackson rebuilt its (de)serializers each time: about 5 % of the
 * server's CPU in the benchmark's lifecycles (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestObjectMapper {

	@Bean
	ResourceConfigCustomizer oneObjectMapperForTheEngineRestApi() {
		return (config) -> config.register(SharedObjectMapper.class);
	}

	/** Ahead of the API's own resolver for the same media types. */
	@Provider
	@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
	@Priority(Priorities.USER - 100)
	static class SharedObjectMapper implements ContextResolver<ObjectMapper> {

		/** Safe to share once configured; it clones its date format for each use. */
		private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return MAPPER;
		}

	}

}
