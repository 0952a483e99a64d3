package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Addresses of the services the build starts for the integration tests, and small clients
 * for them.
 */
public final class TestServices {

	public static final int APP_PORT = 18080;

	public static final String APP_URL = "http://localhost:" + APP_PORT;

	public static final String DB_URL = "jdbc:postgresql://localhost:5432/injaz_test";

	public static final String DB_USER = "injaz";

	public static final String DB_PASSWORD = "injaz";

	static final String KEYCLOAK_DEFAULT_URL = "http://localhost:18180";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private TestServices() {
	}

	public static String keycloakUrl() {
		return System.getProperty("injaz.test.keycloak-url", KEYCLOAK_DEFAULT_URL);
	}

	public static String realmUrl() {
		return keycloakUrl() + "/realms/injaz";
	}

	/**
	 * An access token for a demo user, through the public API client (password grant).
	 */
	public static String accessToken(String username, String password) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder()
				.uri(URI.create(realmUrl() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id",
						"injaz-cli", "username", username, "password", password, "scope", "openid"))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for " + username + ": "
						+ response.statusCode() + " " + response.body());
			}
			JsonNode body = new ObjectMapper().readTree(response.body());
			return body.path("access_token").asText();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak not reachable at " + keycloakUrl(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
