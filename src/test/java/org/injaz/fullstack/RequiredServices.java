package org.injaz.fullstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) a full-stack test class when PostgreSQL or Keycloak is not there,
 * naming what is missing. Runs before the Spring context starts, so the message is not
 * buried under start-up errors.
 */
class RequiredServices implements BeforeAllCallback {

	private static final String HOW = "`./mvnw verify` starts both through `scripts/stack test-up`; "
			+ "for a single test run `KEYCLOAK_PORT=18180 STACK_STATE_DIR=target/test-services scripts/stack test-up` first.";

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		try (Connection connection = DriverManager.getConnection(TestServices.DB_URL, TestServices.DB_USER,
				TestServices.DB_PASSWORD)) {
			connection.isValid(5);
		}
		catch (Exception ex) {
			throw new IllegalStateException("PostgreSQL test database " + TestServices.DB_URL + " is not reachable ("
					+ ex.getMessage() + "). " + HOW, ex);
		}
		String wellKnown = TestServices.realmUrl() + "/.well-known/openid-configuration";
		try {
			HttpResponse<Void> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(5))
				.build()
				.send(HttpRequest.newBuilder(URI.create(wellKnown)).build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Keycloak realm injaz is not reachable at " + wellKnown + " (" + ex.getMessage() + "). " + HOW, ex);
		}
	}

}
