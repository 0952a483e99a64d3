package org.injaz.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's REST API, and the webapps' engine API that Tasklist asks, resolve one
 * object mapper for JSON and HAL, not a new one per lookup, and still write JSON as
 * before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:engine-rest-mapper;DB_CLOSE_DELAY=-1")
class EngineRestObjectMapperTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ServletRegistrationBean<ServletContainer> jerseyServletRegistration;

	@Autowired
	ServletWebServerApplicationContext web;

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
		assertThat(mapper).isSameAs(EngineRestObjectMapper.SharedObjectMapper.MAPPER);
		assertThat(mapper.getDateFormat()).isNotNull();
	}

	@Test
	void tasklistsEngineApiSharesTheMapper() throws Exception {
		// Camunda's webapps register /camunda/api/engine as the servlet "Engine Api"; the
		// resolver's precedence over the API's own is what the test above shows.
		Context context = (Context) ((TomcatWebServer) this.web.getWebServer()).getTomcat().getHost().findChildren()[0];
		Wrapper engineApi = (Wrapper) context.findChild("Engine Api");
		ServletContainer servlet = (ServletContainer) engineApi.allocate();
		try {
			assertThat(servlet.getConfiguration().isRegistered(EngineRestObjectMapper.SharedObjectMapper.class))
				.isTrue();
		}
		finally {
			engineApi.deallocate(servlet);
		}
	}

}
