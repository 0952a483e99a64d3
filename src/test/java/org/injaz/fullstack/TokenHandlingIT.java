package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only tokens that Keycloak issued for this application, still valid, are accepted: each
 * test changes one thing about an otherwise good token and expects 401, after checking
 * the good one passes.
 */
@FullStackTest
class TokenHandlingIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final ObjectMapper json = new ObjectMapper();

	@Test
	void aGoodTokenPasses() throws Exception {
		assertThat(status(TestServices.accessToken("coordinator", "demo"))).isEqualTo(200);
	}

	@Test
	void aTamperedSignatureIsRefused() throws Exception {
		String token = TestServices.accessToken("coordinator", "demo");
		int signature = token.lastIndexOf('.') + 1;
		char flipped = (token.charAt(signature + 5) == 'A') ? 'B' : 'A';
		String tampered = token.substring(0, signature + 5) + flipped + token.substring(signature + 6);
		assertThat(status(tampered)).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String admin = masterAdminToken();
		String clientId = "expiry-probe-" + System.nanoTime();
		// A client like injaz-cli whose tokens live one second.
		Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled",
				true, "attributes", Map.of("access.token.lifespan", "1"), "protocolMappers",
				List.of(Map.of("name", "audience", "protocol", "openid-connect", "protocolMapper",
						"oidc-audience-mapper", "config",
						Map.of("included.custom.audience", "injaz-api", "access.token.claim", "true"))));
		HttpResponse<String> created = http
			.send(HttpRequest.newBuilder(URI.create(TestServices.keycloakUrl() + "/admin/realms/injaz/clients"))
				.header("Authorization", "Bearer " + admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		try {
			String token = passwordGrant(TestServices.realmUrl(), clientId, "coordinator");
			Thread.sleep(2_500);
			assertThat(status(token)).isEqualTo(401);
		}
		finally {
			http.send(HttpRequest.newBuilder(URI.create(created.headers().firstValue("Location").orElseThrow()))
				.header("Authorization", "Bearer " + admin)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() throws Exception {
		// The engine identity plugin's service account: a valid Keycloak token, but not
		// for the Injaz API.
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(TestServices.realmUrl() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(TestServices.form(Map.of("grant_type", "client_credentials",
						"client_id", "injaz-camunda-identity", "client_secret", "injaz-identity-dev-secret"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(status(json.readTree(response.body()).path("access_token").asText())).isEqualTo(401);
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() throws Exception {
		// Same Keycloak and keys, reached as 127.0.0.1: the issuer differs from the
		// configured one.
		String otherIssuer = TestServices.realmUrl().replace("localhost", "127.0.0.1");
		assertThat(status(passwordGrant(otherIssuer, "injaz-cli", "coordinator"))).isEqualTo(401);
	}

	private static int status(String token) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/engine-rest/task"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String passwordGrant(String realmUrl, String clientId, String username) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(TestServices.form(Map.of("grant_type", "password",
						"client_id", clientId, "username", username, "password", "demo", "scope", "openid"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("access_token").asText();
	}

	/** The Keycloak console's bootstrap admin (dev only; scripts/stack sets it). */
	private static String masterAdminToken() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(TestServices.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(TestServices.form(Map.of("grant_type", "password", "client_id",
					"admin-cli", "username", "admin", "password", "admin"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("access_token").asText();
	}

}
