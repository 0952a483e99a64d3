package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real Keycloak: bearer tokens for the engine's REST API, and the webapps'
 * sign-in through Keycloak's login page (authorization code flow), driven over plain
 * HTTP.
 */
@FullStackTest
class KeycloakSignInIT {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void engineRestRefusesAnonymousCallers() throws Exception {
		HttpResponse<String> response = get(HttpClient.newHttpClient(), "/engine-rest/task", null);
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void engineRestServesADemoUserWithAKeycloakToken() throws Exception {
		String token = TestServices.accessToken("coordinator", "demo");
		HttpResponse<String> tasks = get(HttpClient.newHttpClient(), "/engine-rest/task?candidateGroup=coordinators",
				token);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(tasks.body()).isArray()).isTrue();
		// The engine reads users and groups from Keycloak, with group paths as ids.
		HttpResponse<String> groups = get(HttpClient.newHttpClient(), "/engine-rest/group?member=reviewer1", token);
		assertThat(groups.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(groups.body()).findValuesAsText("id")).contains("reviewers", "reviewers/g2c",
				"reviewers/mobile");
	}

	@Test
	void tasklistSignsInThroughTheKeycloakLoginPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new LocalhostCookies())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		HttpResponse<String> loginPage = get(browser, "/camunda/app/tasklist/", null);
		assertThat(loginPage.uri().toString()).startsWith(TestServices.realmUrl() + "/protocol/openid-connect/auth");
		assertThat(loginPage.uri().getQuery()).contains("code_challenge_method=S256");
		Document page = Jsoup.parse(loginPage.body(), loginPage.uri().toString());
		Element form = page.selectFirst("form#kc-form-login");
		assertThat(form).as("Keycloak login form").isNotNull();

		HttpResponse<String> afterLogin = browser.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(TestServices.form(Map.of("username", "coordinator", "password", "demo"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(afterLogin.statusCode()).as("%s answered %s", afterLogin.uri(), afterLogin.body()).isEqualTo(200);
		assertThat(afterLogin.uri().toString()).startsWith(TestServices.APP_URL + "/camunda/app/tasklist/");

		HttpResponse<String> user = get(browser, "/camunda/api/admin/auth/user/default", null);
		assertThat(user.statusCode()).isEqualTo(200);
		JsonNode signedIn = this.json.readTree(user.body());
		assertThat(signedIn.path("userId").asText()).isEqualTo("coordinator");
		assertThat(signedIn.path("authorizedApps").toString()).contains("tasklist");
	}

	private HttpResponse<String> get(HttpClient client, String path, String bearer)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Accept", "application/json, text/html");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
