package org.injaz.nomination.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.attachment.AttachmentProperties;
import org.injaz.attachment.SampleFiles;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.review.ReviewService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments over HTTP on the embedded application (HTTP Basic against Camunda's
 * identity; the same context as {@link NominationApiTest}): drafts' and clarification
 * answers' files, the nomination's files for those who may see it, refusals as Problem
 * Details in Arabic or English, and the staff download path behind the webapps' session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class AttachmentApiTest {

	private static final String ARABIC_NAME = "تقرير الأداء ٢٠٢٤.pdf";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AttachmentProperties attachmentProperties;

	@Autowired
	ReviewService reviewService;

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aNomineeUploadsListsDownloadsAndDeletesTheirDraftsFiles() throws Exception {
		String draft = newDraft("nominee1", "upload-probe");
		byte[] pdf = SampleFiles.pdf(50_000);

		ResponseEntity<String> created = upload("nominee1", draft + "/attachments", ARABIC_NAME, pdf,
				MediaType.APPLICATION_PDF, Map.of());
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode view = this.json.readTree(created.getBody());
		String id = view.path("id").asText();
		assertThat(view.path("name").asText()).isEqualTo(ARABIC_NAME);
		assertThat(view.path("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(view.path("size").asLong()).isEqualTo(pdf.length);
		assertThat(view.path("sha256").asText())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(view.path("uploadedAt").asText()).isNotBlank();
		assertThat(view.path("downloadPath").asText()).isEqualTo(draft + "/attachments/" + id);
		assertThat(created.getHeaders().getLocation().toString()).endsWith(draft + "/attachments/" + id);

		assertThat(this.json.readTree(get("nominee1", draft + "/attachments").getBody()).findValuesAsText("id"))
			.containsExactly(id);

		ResponseEntity<byte[]> download = this.rest.withBasicAuth("nominee1", "demo")
			.getForEntity(draft + "/attachments/" + id, byte[].class);
		assertThat(download.getStatusCode().value()).isEqualTo(200);
		assertThat(download.getBody()).isEqualTo(pdf);
		assertDownloadHeaders(download.getHeaders(), "application/pdf", "_____ ______ ____.pdf",
				"UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D8%A7%D9%84%D8%A3%D8%AF%D8%A7%D8%A1%20"
						+ "%D9%A2%D9%A0%D9%A2%D9%A4.pdf");

		assertThat(exchange("nominee1", HttpMethod.DELETE, draft + "/attachments/" + id).getStatusCode().value())
			.isEqualTo(204);
		assertThat(this.json.readTree(get("nominee1", draft + "/attachments").getBody())).isEmpty();
		ResponseEntity<String> gone = get("nominee1", draft + "/attachments/" + id);
		assertThat(gone.getStatusCode().value()).isEqualTo(404);
		assertProblem(gone);
	}

	@Test
	void namesAreSanitisedAndTheExtensionFollowsTheContent() throws Exception {
		String draft = newDraft("nominee1", "name-probe");
		ResponseEntity<String> created = upload("nominee1", draft + "/attachments", "..\\..\\photo\u202Egnp.exe",
				SampleFiles.png(), MediaType.APPLICATION_OCTET_STREAM, Map.of());
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode view = this.json.readTree(created.getBody());
		assertThat(view.path("name").asText()).isEqualTo("photognp.exe.png");
		// The declared octet-stream does not matter: the content is a PNG.
		assertThat(view.path("mediaType").asText()).isEqualTo("image/png");
	}

	@Test
	void wordAndExcelFilesAreAccepted() throws Exception {
		String draft = newDraft("nominee1", "office-probe");
		assertThat(this.json
			.readTree(upload("nominee1", draft + "/attachments", "plan.docx", SampleFiles.docx(),
					MediaType.APPLICATION_OCTET_STREAM, Map.of())
				.getBody())
			.path("mediaType")
			.asText()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(this.json
			.readTree(upload("nominee1", draft + "/attachments", "results.xlsx", SampleFiles.xlsx(),
					MediaType.APPLICATION_OCTET_STREAM, Map.of())
				.getBody())
			.path("mediaType")
			.asText()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void aForgedExecutableIsRefusedInTheCallersLanguage() throws Exception {
		String draft = newDraft("nominee1", "forged-probe");
		ResponseEntity<String> arabic = upload("nominee1", draft + "/attachments", "invoice.pdf", SampleFiles.exe(),
				MediaType.APPLICATION_PDF, Map.of());
		assertThat(arabic.getStatusCode().value()).isEqualTo(400);
		JsonNode problem = assertProblem(arabic);
		assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("file");
		assertThat(problem.path("code").asText()).isEqualTo("TYPE_NOT_ALLOWED");
		assertThat(problem.path("title").asText()).isEqualTo("الملف غير مقبول");
		assertThat(problem.path("detail").asText()).contains("تقبل ملفات", "application/x-msdownload");

		ResponseEntity<String> english = upload("nominee1", draft + "/attachments", "invoice.pdf", SampleFiles.exe(),
				MediaType.APPLICATION_PDF, Map.of("Accept-Language", "en"));
		JsonNode englishProblem = assertProblem(english);
		assertThat(englishProblem.path("title").asText()).isEqualTo("File not accepted");
		assertThat(englishProblem.path("detail").asText()).startsWith("Only PDF, PNG, JPEG, Word (DOCX) and Excel");

		for (byte[] refused : List.of(SampleFiles.html(), SampleFiles.zip(), SampleFiles.docm())) {
			ResponseEntity<String> response = upload("nominee1", draft + "/attachments", "image.png", refused,
					MediaType.IMAGE_PNG, Map.of());
			assertThat(response.getStatusCode().value()).isEqualTo(400);
			assertThat(assertProblem(response).path("errors").findValuesAsText("field")).containsExactly("file");
		}
		ResponseEntity<String> empty = upload("nominee1", draft + "/attachments", "empty.pdf", new byte[0],
				MediaType.APPLICATION_PDF, Map.of("Accept-Language", "en"));
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
		assertThat(assertProblem(empty).path("code").asText()).isEqualTo("EMPTY");
		assertThat(this.json.readTree(get("nominee1", draft + "/attachments").getBody())).isEmpty();
	}

	@Test
	void aFileOverTwentyMegabytesIsRefusedAsTooLarge() throws Exception {
		String draft = newDraft("nominee1", "large-probe");
		ResponseEntity<String> response = upload("nominee1", draft + "/attachments", "big.pdf",
				SampleFiles.pdf(21 * 1024 * 1024), MediaType.APPLICATION_PDF, Map.of("Accept-Language", "en"));
		assertThat(response.getStatusCode().value()).isEqualTo(413);
		JsonNode problem = assertProblem(response);
		assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("file");
		assertThat(problem.path("detail").asText()).isEqualTo("A file may be at most 20 MB.");
		assertThat(this.json.readTree(get("nominee1", draft + "/attachments").getBody())).isEmpty();
	}

	@Test
	void aRequestWithoutTheFilePartNamesIt() throws Exception {
		String draft = newDraft("nominee1", "part-probe");
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("document", "not a file");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> response = this.rest.withBasicAuth("nominee1", "demo")
			.exchange(draft + "/attachments", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(assertProblem(response).path("errors").findValuesAsText("field")).containsExactly("file");
	}

	@Test
	void aDiscardedDraftTakesItsFilesWithIt() throws Exception {
		String draft = newDraft("nominee1", "discard-probe");
		String id = this.json
			.readTree(upload("nominee1", draft + "/attachments", "gone.pdf", SampleFiles.pdf(),
					MediaType.APPLICATION_PDF, Map.of())
				.getBody())
			.path("id")
			.asText();
		String storageKey = this.jdbc.queryForObject("select storage_key from attachment where id = ?", String.class,
				java.util.UUID.fromString(id));
		java.nio.file.Path file = this.attachmentProperties.directory().resolve(storageKey);
		assertThat(file).exists();

		HttpHeaders headers = new HttpHeaders();
		headers.setIfMatch("\"0\"");
		assertThat(this.rest.withBasicAuth("nominee1", "demo")
			.exchange(draft, HttpMethod.DELETE, new HttpEntity<>(headers), String.class)
			.getStatusCode()
			.value()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where id = ?", Integer.class,
				java.util.UUID.fromString(id)))
			.isZero();
		assertThat(file).doesNotExist();
	}

	@Test
	void someoneElsesDraftAndItsFilesDoNotExistForThem() throws Exception {
		String draft = newDraft("nominee1", "foreign-probe");
		String id = this.json
			.readTree(upload("nominee1", draft + "/attachments", "mine.pdf", SampleFiles.pdf(),
					MediaType.APPLICATION_PDF, Map.of())
				.getBody())
			.path("id")
			.asText();
		assertThat(upload("nominee2", draft + "/attachments", "theirs.pdf", SampleFiles.pdf(),
				MediaType.APPLICATION_PDF, Map.of())
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(get("nominee2", draft + "/attachments").getStatusCode().value()).isEqualTo(404);
		assertThat(get("nominee2", draft + "/attachments/" + id).getStatusCode().value()).isEqualTo(404);
		assertThat(exchange("nominee2", HttpMethod.DELETE, draft + "/attachments/" + id).getStatusCode().value())
			.isEqualTo(404);
		// Other roles never reach drafts.
		assertThat(get("coordinator", draft + "/attachments").getStatusCode().value()).isEqualTo(403);
		assertThat(get("nominee1", draft + "/attachments/" + id).getStatusCode().value()).isEqualTo(200);
		// Another of the owner's drafts does not hold it either.
		String other = newDraft("nominee1", "other-probe");
		assertThat(get("nominee1", other + "/attachments/" + id).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void onSubmissionTheDraftsFilesBecomeTheNominationsAndItsFormsLinkThem() throws Exception {
		String draft = newDraft("nominee1", "submit-probe");
		String id = this.json
			.readTree(upload("nominee1", draft + "/attachments", "[evidence](javascript:alert(1)).pdf",
					SampleFiles.pdf(), MediaType.APPLICATION_PDF, Map.of())
				.getBody())
			.path("id")
			.asText();
		String reference = submit(draft);

		assertThat(this.json.readTree(get("nominee1", draft + "/attachments").getBody())).isEmpty();
		ResponseEntity<String> late = upload("nominee1", draft + "/attachments", "late.pdf", SampleFiles.pdf(),
				MediaType.APPLICATION_PDF, Map.of());
		assertThat(late.getStatusCode().value()).isEqualTo(409);

		String files = "/api/v1/nominations/" + reference + "/attachments";
		for (String user : List.of("nominee1", "coordinator", "admin")) {
			ResponseEntity<String> list = get(user, files);
			assertThat(list.getStatusCode().value()).as(user).isEqualTo(200);
			JsonNode views = this.json.readTree(list.getBody());
			assertThat(views.findValuesAsText("id")).as(user).containsExactly(id);
			assertThat(views.get(0).path("downloadPath").asText()).isEqualTo(files + "/" + id);
			assertThat(get(user, files + "/" + id).getStatusCode().value()).as(user).isEqualTo(200);
		}
		assertThat(get("nominee2", files).getStatusCode().value()).isEqualTo(404);
		assertThat(get("nominee2", files + "/" + id).getStatusCode().value()).isEqualTo(404);
		assertThat(get("coordinator2", files).getStatusCode().value()).isEqualTo(404);
		assertThat(get("reviewer1", files).getStatusCode().value()).isEqualTo(403);

		// Once in review, the reviewer's task form has the links (and so would the
		// screening and moderation forms); the name cannot inject a link of its own.
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(reference)
			.correlate();
		Task assign = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
			.singleResult();
		this.taskService.complete(assign.getId(), Map.of(NominationProcess.Var.REVIEWERS, "reviewer1"));
		Task review = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.taskAssignee("reviewer1")
			.singleResult();
		String links = "- [\\[evidence\\]\\(javascript\\_alert\\(1\\)\\)\\.pdf](/files/nominations/" + reference + "/"
				+ id + ") · PDF · 1 KB\n";
		assertThat(this.formService.getTaskFormVariables(review.getId())
			.getValue(NominationProcess.Var.ATTACHMENT_LINKS, String.class)).isEqualTo(links);
		String form = new String(this.formService.getDeployedTaskForm(review.getId()).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(form).contains("{{attachmentLinks}}");
		// And so the reviewer may open the file.
		assertThat(signIn("reviewer1").get("/files/nominations/" + reference + "/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void aNomineeAttachesFilesToTheirAnswerOnlyWhileTheQuestionIsOpen() throws Exception {
		// A cooperation without partner entities: the rules ask the nominee to name them.
		String draft = newDraft("nominee1", "clarification-probe", "G2G");
		String reference = submit(draft);
		String path = "/api/v1/nominations/" + reference + "/clarification/attachments";

		ResponseEntity<String> first = upload("nominee1", path, "partners.pdf", SampleFiles.pdf(),
				MediaType.APPLICATION_PDF, Map.of());
		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
		JsonNode view = this.json.readTree(first.getBody());
		assertThat(view.path("purpose").asText()).isEqualTo("CLARIFICATION");
		String second = this.json
			.readTree(upload("nominee1", path, "agreement.docx", SampleFiles.docx(), MediaType.APPLICATION_OCTET_STREAM,
					Map.of())
				.getBody())
			.path("id")
			.asText();
		assertThat(upload("nominee2", path, "x.pdf", SampleFiles.pdf(), MediaType.APPLICATION_PDF, Map.of())
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(exchange("nominee1", HttpMethod.DELETE, path + "/" + second).getStatusCode().value()).isEqualTo(204);
		assertThat(this.json.readTree(get("nominee1", "/api/v1/nominations/" + reference + "/attachments").getBody())
			.findValuesAsText("id")).containsExactly(view.path("id").asText());
		assertThat((String) this.runtimeService.getVariable(processOf(reference).getId(),
				NominationProcess.Var.ATTACHMENT_LINKS))
			.contains("partners\\.pdf", "استيضاح · clarification")
			.doesNotContain("agreement");

		ResponseEntity<String> answered = postJson("nominee1", "/api/v1/nominations/" + reference + "/clarification",
				"{\"answer\":\"With the Ministry of Interior\",\"partnerEntities\":[\"Ministry of Interior\"]}");
		assertThat(answered.getStatusCode().value()).isEqualTo(204);

		ResponseEntity<String> late = upload("nominee1", path, "late.pdf", SampleFiles.pdf(), MediaType.APPLICATION_PDF,
				Map.of("Accept-Language", "en"));
		assertThat(late.getStatusCode().value()).isEqualTo(409);
		assertThat(assertProblem(late).path("detail").asText()).contains("only while a question is open");
		assertThat(
				exchange("nominee1", HttpMethod.DELETE, path + "/" + view.path("id").asText()).getStatusCode().value())
			.isEqualTo(409);
	}

	@Test
	void staffOpenTheFilesOfTheNominationsTheyWorkOnThroughTheWebappsSession() throws Exception {
		String draft = newDraft("nominee1", "staff-probe");
		String id = this.json
			.readTree(upload("nominee1", draft + "/attachments", "شهادة.pdf", SampleFiles.pdf(),
					MediaType.APPLICATION_PDF, Map.of())
				.getBody())
			.path("id")
			.asText();
		String reference = submit(draft);
		String file = "/files/nominations/" + reference + "/" + id;

		// Admins; the edition's coordinators; the G2C committee (committee1 and 2).
		for (String user : List.of("admin", "coordinator", "committee1", "committee2")) {
			HttpResponse<byte[]> response = signIn(user).get(file);
			assertThat(response.statusCode()).as(user).isEqualTo(200);
			assertThat(response.body()).isEqualTo(SampleFiles.pdf());
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
				.startsWith("attachment; filename=\"_____.pdf\"; filename*=UTF-8''");
		}
		// Another edition's coordinator, and a reviewer without a review of it, are
		// refused.
		for (String user : List.of("coordinator2", "reviewer1")) {
			HttpResponse<byte[]> response = signIn(user).get(file);
			assertThat(response.statusCode()).as(user).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
		}
		// Once reviewer1 has a review of it, they may.
		this.reviewService.assign(reference, List.of("reviewer1"));
		assertThat(signIn("reviewer1").get(file).statusCode()).isEqualTo(200);

		// No webapps session, or HTTP Basic of the API: not signed in here.
		assertThat(anonymous().get(file).statusCode()).isEqualTo(401);
		assertThat(this.rest.withBasicAuth("admin", "demo").getForEntity(file, String.class).getStatusCode().value())
			.isEqualTo(401);
		// Nominees cannot sign in to the webapps, so have no session for these links.
		assertThat(signIn("nominee1").get(file).statusCode()).isEqualTo(401);
		// Another nomination's file id under this reference is unknown.
		assertThat(
				signIn("admin").get("/files/nominations/" + reference + "/" + java.util.UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aBranchCommitteeSeesOnlyItsBranchesFiles() throws Exception {
		// committee2 sits on every branch's committee but e-Leadership's.
		String draft = newDraft("nominee2", "lead-probe", "LEAD");
		String id = this.json
			.readTree(upload("nominee2", draft + "/attachments", "vision.pdf", SampleFiles.pdf(),
					MediaType.APPLICATION_PDF, Map.of())
				.getBody())
			.path("id")
			.asText();
		String reference = submit(draft, "nominee2");
		String file = "/files/nominations/" + reference + "/" + id;
		assertThat(signIn("committee1").get(file).statusCode()).isEqualTo(200);
		assertThat(signIn("committee2").get(file).statusCode()).isEqualTo(403);
	}

	@Test
	void theApiDocumentDescribesTheUploads() throws Exception {
		JsonNode paths = this.json.readTree(get("nominee1", "/v3/api-docs").getBody()).path("paths");
		JsonNode upload = paths.path("/api/v1/drafts/{id}/attachments").path("post");
		assertThat(upload.path("requestBody").path("content").has("multipart/form-data")).isTrue();
		assertThat(upload.path("responses").fieldNames()).toIterable().contains("201", "400", "404", "409", "413");
		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/v1/drafts/{id}/attachments/{attachmentId}", "/api/v1/nominations/{reference}/attachments",
					"/api/v1/nominations/{reference}/attachments/{attachmentId}",
					"/api/v1/nominations/{reference}/clarification/attachments",
					"/api/v1/nominations/{reference}/clarification/attachments/{attachmentId}")
			// The staff download path is for the webapps' session, not part of the API.
			.doesNotContain("/files/nominations/{reference}/{attachmentId}");
	}

	private ProcessInstance processOf(String reference) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
	}

	private void assertDownloadHeaders(HttpHeaders headers, String mediaType, String asciiName, String encodedName) {
		assertThat(headers.getContentType().toString()).isEqualTo(mediaType);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"" + asciiName + "\"; filename*=" + encodedName);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private JsonNode assertProblem(ResponseEntity<String> response) throws IOException {
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).doesNotContain("at org.", "Exception");
		JsonNode problem = this.json.readTree(response.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(response.getStatusCode().value());
		return problem;
	}

	private String newDraft(String user, String probe) throws IOException {
		return newDraft(user, probe, "G2C");
	}

	private String newDraft(String user, String probe, String branch) throws IOException {
		String body = """
				{"branchCode":"%s","title":"خدمة · Service %s","entityName":"وزارة · Ministry %s",
				 "entityType":"GOVERNMENT","serviceUrl":"https://example.gov.sa/%s","summary":"Attachments"}"""
			.formatted(branch, probe, probe, probe);
		ResponseEntity<String> created = postJson(user, "/api/v1/drafts", body);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return "/api/v1/drafts/" + this.json.readTree(created.getBody()).path("id").asText();
	}

	private String submit(String draft) throws IOException {
		return submit(draft, "nominee1");
	}

	private String submit(String draft, String user) throws IOException {
		ResponseEntity<String> submitted = postJson(user, draft + "/submit", null);
		assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
		return this.json.readTree(submitted.getBody()).path("reference").asText();
	}

	private ResponseEntity<String> upload(String user, String path, String fileName, byte[] content, MediaType declared,
			Map<String, String> extraHeaders) {
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(declared);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, partHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		extraHeaders.forEach(headers::set);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
	}

	private ResponseEntity<String> get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
	}

	private ResponseEntity<String> exchange(String user, HttpMethod method, String path) {
		return this.rest.withBasicAuth(user, "demo").exchange(path, method, null, String.class);
	}

	private ResponseEntity<String> postJson(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	/**
	 * Signs in to Tasklist as a browser does: the webapps' CSRF token, then the login.
	 */
	private Webapps signIn(String user) throws IOException, InterruptedException {
		Webapps browser = anonymous();
		browser.client.send(HttpRequest.newBuilder(browser.uri("/camunda/app/tasklist/default/")).build(),
				HttpResponse.BodyHandlers.discarding());
		String csrf = browser.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser.client
			.send(HttpRequest.newBuilder(browser.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (!user.startsWith("nominee")) {
			assertThat(login.statusCode()).as(user + ": " + login.body()).isEqualTo(200);
		}
		return browser;
	}

	private Webapps anonymous() {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		return new Webapps(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, this.port);
	}

	private record Webapps(HttpClient client, CookieManager cookies, int port) {

		URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}

	}

}
