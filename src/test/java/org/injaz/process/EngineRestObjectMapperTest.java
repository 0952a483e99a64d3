package org.injaz.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's REST API resolves one object mapper for JSON and HAL, not a new one per
 * lookup, and still writes JSON as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:engine-rest-mapper;DB_CLOSE_DELAY=-1")
class EngineRestObjectMapperTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ServletRegistrationBean<ServletContainer> jerseyServletRegistration;

	@Test
	void oneMapperServesEveryLookup() {
		// The API answers as before (and its servlet is up).
		String engines = this.rest.withBasicAuth("admin", "demo").getForObject("/engine-rest/engine", String.class);
		assertThat(engines).contains("\"name\":\"default\"");

		Providers providers = this.jerseyServletRegistration.getServlet()
			.getApplicationHandler()
			.getInjectionManager()
			.getInstance(Providers.class);
		ContextResolver<ObjectMapper> json = providers.getContextResolver(ObjectMapper.class,
				MediaType.APPLICATION_JSON_TYPE);
		ContextResolver<ObjectMapper> hal = providers.getContextResolver(ObjectMapper.class,
				Hal.APPLICATION_HAL_JSON_TYPE);

		ObjectMapper mapper = json.getContext(Object.class);
		assertThat(json.getContext(String.class)).isSameAs(mapper);
		assertThat(hal.getContext(Object.class)).isSameAs(mapper);
		assertThat(mapper.getDateFormat()).isNotNull();
	}

}
