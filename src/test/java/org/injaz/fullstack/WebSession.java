package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client signed in to the application through Keycloak's login page
 * (authorization code flow): cookies kept, redirects followed.
 */
final class WebSession {

	final HttpClient client;

	/** The page the sign-in ended on. */
	final HttpResponse<String> landing;

	private WebSession(HttpClient client, HttpResponse<String> landing) {
		this.client = client;
		this.landing = landing;
	}

	static HttpClient newBrowser() {
		return HttpClient.newBuilder()
			.cookieHandler(new LocalhostCookies())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	static WebSession signIn(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = newBrowser();
		HttpResponse<String> loginPage = browser
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/camunda/app/tasklist/"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).selectFirst("form#kc-form-login");
		if (form == null) {
			throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
		}
		HttpResponse<String> landing = browser.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(TestServices.form(Map.of("username", username, "password", password))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new WebSession(browser, landing);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Accept", "application/json, text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
