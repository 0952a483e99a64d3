package org.injaz.fullstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what, role by role, on the real Keycloak: every class of endpoint (engine
 * REST, the product's API, public results, health, the three webapps, the nominees'
 * portal and the public results page) against anonymous callers and each role's demo
 * user.
 */
@FullStackTest
class SecurityMatrixIT {

	enum Caller {

		ANONYMOUS(null), NOMINEE("nominee1"), REVIEWER("reviewer1"), COORDINATOR("coordinator"),
		COMMITTEE("committee1"), ADMIN("admin");

		final String username;

		Caller(String username) {
			this.username = username;
		}

	}

	/** Expected status per caller, in the order of {@link Caller}. */
	enum Endpoint {

		ENGINE_TASKS(401, 403, 200, 200, 200, 200), ENGINE_PROCESS_DEFINITIONS(401, 403, 200, 200, 200, 200),
		ENGINE_DEPLOY(401, 403, 403, 403, 403, 200), API_NOMINATIONS_READ(401, 200, 403, 200, 403, 200),
		API_NOMINATIONS_WRITE(401, 400, 403, 403, 403, 403), API_AUDIT(401, 403, 403, 200, 403, 200),
		API_DRAFTS_READ(401, 200, 403, 403, 403, 403), API_DRAFTS_WRITE(401, 201, 403, 403, 403, 403),
		API_DRAFT_ATTACHMENTS(401, 404, 403, 403, 403, 403), API_NOMINATION_ATTACHMENTS(401, 404, 403, 404, 403, 404),
		API_CLARIFICATION_ATTACHMENTS(401, 404, 403, 403, 403, 403), API_EDITIONS(401, 200, 200, 200, 200, 200),
		PUBLIC_RESULTS(200, 200, 200, 200, 200, 200), HEALTH(200, 200, 200, 200, 200, 200),
		WEBAPP_TASKLIST(401, 403, 200, 200, 200, 200), WEBAPP_COCKPIT(401, 403, 403, 200, 403, 200),
		WEBAPP_ADMIN(401, 403, 403, 403, 403, 200),
		// Pages, as a browser asks for them: anonymous visitors are sent to sign in,
		// staff get the portal's refusal page.
		PORTAL(302, 200, 403, 403, 403, 403), PORTAL_NOMINATION_FILE(302, 404, 403, 403, 403, 403),
		RESULTS_PAGE(200, 200, 200, 200, 200, 200);

		final int[] expected;

		Endpoint(int... expected) {
			this.expected = expected;
		}

	}

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	private static final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final ObjectMapper json = new ObjectMapper();

	static Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		for (Endpoint endpoint : Endpoint.values()) {
			for (Caller caller : Caller.values()) {
				rows.add(Arguments.of(endpoint, caller, endpoint.expected[caller.ordinal()]));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void roleMatrix(Endpoint endpoint, Caller caller, int expected) throws Exception {
		assertThat(call(endpoint, caller)).as("%s as %s", endpoint, caller).isEqualTo(expected);
	}

	/**
	 * What the portal's 302 and 403 above are: Keycloak's sign-in and the refusal page.
	 */
	@Test
	void anonymousPortalVisitorsReachKeycloaksSignInAndStaffThePortalsRefusal() throws Exception {
		HttpResponse<String> signIn = WebSession.newBrowser()
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/portal"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.uri().toString()).startsWith(TestServices.keycloakUrl());
		assertThat(signIn.body()).contains("kc-form-login");
		HttpResponse<String> refused = session("coordinator").client
			.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/portal"))
				.header("Accept", "text/html")
				.header("Accept-Language", "ar")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("غير متاح لهذا الحساب").doesNotContain("ترشيحاتي</h1>");
	}

	private static int call(Endpoint endpoint, Caller caller) throws IOException, InterruptedException {
		return switch (endpoint) {
			case ENGINE_TASKS -> get("/engine-rest/task", caller);
			case ENGINE_PROCESS_DEFINITIONS -> get("/engine-rest/process-definition", caller);
			case ENGINE_DEPLOY -> deploy(caller);
			case API_NOMINATIONS_READ -> get("/api/v1/nominations", caller);
			case API_NOMINATIONS_WRITE ->
				send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/api/v1/nominations"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}")), caller);
			case API_DRAFTS_READ -> get("/api/v1/drafts", caller);
			case API_DRAFTS_WRITE -> send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/api/v1/drafts"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")), caller);
			// Nobody's draft and no nomination: the role rule lets nominees (and, for a
			// nomination's files, its coordinators and admins) through to a 404.
			case API_DRAFT_ATTACHMENTS ->
				get("/api/v1/drafts/00000000-0000-0000-0000-000000000000/attachments", caller);
			case API_NOMINATION_ATTACHMENTS -> get("/api/v1/nominations/ACH-4-G2C-9999/attachments", caller);
			case API_CLARIFICATION_ATTACHMENTS ->
				upload("/api/v1/nominations/ACH-4-G2C-9999/clarification/attachments", caller);
			case API_EDITIONS -> get("/api/v1/editions", caller);
			case API_AUDIT -> get("/api/v1/nominations/ACH-4-G2C-0001/audit", caller);
			case PUBLIC_RESULTS -> get("/api/v1/public/results", caller);
			case HEALTH -> get("/actuator/health", caller);
			case WEBAPP_TASKLIST -> webapp("tasklist", caller);
			case WEBAPP_COCKPIT -> webapp("cockpit", caller);
			case WEBAPP_ADMIN -> webapp("admin", caller);
			case PORTAL -> page("/portal", caller);
			// No such nomination: a nominee finds nothing, staff do not get that far.
			case PORTAL_NOMINATION_FILE ->
				page("/portal/nominations/ACH-4-G2C-9999/files/00000000-0000-0000-0000-000000000000", caller);
			case RESULTS_PAGE -> page("/results", caller);
		};
	}

	private static int get(String path, Caller caller) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path)).GET(), caller);
	}

	private static int send(HttpRequest.Builder request, Caller caller) throws IOException, InterruptedException {
		if (caller.username != null) {
			request.header("Authorization", "Bearer " + token(caller.username));
		}
		return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int upload(String path, Caller caller) throws IOException, InterruptedException {
		String boundary = "injaz-matrix-" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), caller);
	}

	/** Deploying a model: only admins hold CREATE on deployments. */
	private static int deploy(Caller caller) throws IOException, InterruptedException {
		String boundary = "injaz-matrix-" + System.nanoTime();
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://injaz.example/probe">
				  <process id="MatrixProbe" isExecutable="true" camunda:historyTimeToLive="1">
				    <startEvent id="StartEvent_Probe" />
				  </process>
				</definitions>""";
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix-probe\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"probe.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/engine-rest/deployment/create"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), caller);
	}

	/**
	 * A page as a browser asks for it: anonymously without following the redirect to sign
	 * in; signed in through Keycloak's form with the session cookie.
	 */
	private static int page(String path, Caller caller) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(TestServices.APP_URL + path))
			.header("Accept", "text/html")
			.build();
		HttpClient client = (caller.username != null) ? session(caller.username).client : http;
		return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * A webapp is reachable when the signed-in user's session lists it among the
	 * authorized apps; nominees are stopped before that, anonymous API calls get 401.
	 */
	private static int webapp(String app, Caller caller) throws IOException, InterruptedException {
		if (caller.username == null) {
			return http
				.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/camunda/api/admin/auth/user/default"))
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		WebSession session = session(caller.username);
		HttpResponse<String> user = session.get("/camunda/api/admin/auth/user/default");
		if (user.statusCode() != 200) {
			return user.statusCode();
		}
		JsonNode apps = json.readTree(user.body()).path("authorizedApps");
		for (JsonNode authorized : apps) {
			if (app.equals(authorized.asText())) {
				return 200;
			}
		}
		return 403;
	}

	private static String token(String username) {
		return tokens.computeIfAbsent(username, (user) -> TestServices.accessToken(user, "demo"));
	}

	private static WebSession session(String username) {
		return sessions.computeIfAbsent(username, (user) -> {
			try {
				return WebSession.signIn(user, "demo");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

}
