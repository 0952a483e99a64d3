package org.injaz.fullstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.injaz.attachment.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the full stack a nominee attaches evidence with a bearer token, and staff open it
 * from a Tasklist link, signed in by their Keycloak web session: only those who work on
 * the nomination.
 */
@FullStackTest
class CaseFilesIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final ObjectMapper json = new ObjectMapper();

	private static final byte[] PDF = SampleFiles.pdf(4096);

	private static String file;

	@BeforeAll
	static void aNomineeSubmitsADraftWithEvidence() throws Exception {
		String token = TestServices.accessToken("nominee1", "demo");
		JsonNode draft = json.readTree(send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + "/api/v1/drafts"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"branchCode":"G2C","title":"خدمة المرفقات · Case files","entityName":"وزارة · Ministry",
					 "entityType":"GOVERNMENT","serviceUrl":"https://example.gov.sa/case-files-it-%d"}"""
				.formatted(System.nanoTime()))), 201));
		String drafts = "/api/v1/drafts/" + draft.path("id").asText();

		String boundary = "injaz-it-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(PDF);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		JsonNode attachment = json
			.readTree(send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + drafts + "/attachments"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201));

		JsonNode nomination = json
			.readTree(send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + drafts + "/submit"))
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.noBody()), 201));
		file = "/files/nominations/" + nomination.path("reference").asText() + "/" + attachment.path("id").asText();
	}

	@Test
	void theEditionsCoordinatorAndTheBranchCommitteeOpenItInTheirWebSession() throws Exception {
		for (String user : new String[] { "coordinator", "committee1", "admin" }) {
			HttpResponse<byte[]> response = download(WebSession.signIn(user, "demo"));
			assertThat(response.statusCode()).as(user).isEqualTo(200);
			assertThat(response.body()).as(user).isEqualTo(PDF);
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
				.isEqualTo("attachment; filename=\"evidence.pdf\"; filename*=UTF-8''evidence.pdf");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
	}

	@Test
	void staffWhoDoNotWorkOnItAndNomineesAreRefused() throws Exception {
		for (String user : new String[] { "coordinator2", "reviewer1", "nominee1" }) {
			assertThat(download(WebSession.signIn(user, "demo")).statusCode()).as(user).isEqualTo(403);
		}
	}

	@Test
	void aBearerTokenIsNoWebSession() throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + file))
			.header("Authorization", "Bearer " + TestServices.accessToken("admin", "demo"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		// Sent to sign in first, never given the file.
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/oauth2/authorization/");
	}

	private static HttpResponse<byte[]> download(WebSession session) throws IOException, InterruptedException {
		return session.client.send(HttpRequest.newBuilder(URI.create(TestServices.APP_URL + file)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return response.body();
	}

}
