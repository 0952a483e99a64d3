package org.injaz.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a newcomer meets it: Tasklist, Cockpit and Admin open on their
 * own sign-in page, never on Camunda's "create an initial user" page, because the realm
 * export's users are already there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class EmbeddedWebappsTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	void eachWebappOpensWithoutTheInitialUserSetup() {
		for (String app : new String[] { "tasklist", "cockpit", "admin" }) {
			ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
			assertThat(page.getStatusCode().value()).as(app).isEqualTo(200);
			assertThat(page.getBody()).as(app)
				.contains("app/" + app + "/camunda-" + app + "-bootstrap.js")
				.doesNotContain("/setup/");
		}
	}

}
