package org.injaz.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.Editions;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.NominationSubmission;
import org.injaz.nomination.process.NominationSubmissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal and the public results page on the embedded app: Arabic right-to-left by
 * default and English on request, the form sign-in against Camunda's identity, who may
 * see what, text escaped, dates in both calendars, and the nominee's own actions.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTest {

	private static final String SCRIPT_TITLE = "<script>alert('x')</script> خدمة";

	private static final int ANNOUNCED_EDITION = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationSubmissions submissions;

	@Autowired
	NominationService nominations;

	@Autowired
	AwardProgrammes programmes;

	@Autowired
	Editions editions;

	@Autowired
	EditionAnnouncements announcements;

	@Autowired
	TransactionTemplate transactions;

	/** An earlier, announced edition with a winner whose title holds a script. */
	@BeforeAll
	void announcedEdition() {
		Instant now = Instant.now();
		this.transactions.executeWithoutResult(
				(status) -> this.editions.save(new Edition(this.programmes.findByCode("ACH").orElseThrow(),
						ANNOUNCED_EDITION, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(300)),
						now.minus(Duration.ofDays(250)), now.minus(Duration.ofDays(200)))));
		String winner = this.nominations
			.register(new NominationSubmission("ACH", ANNOUNCED_EDITION, "G2C", "nominee2",
					"وزارة الصحة · Ministry of Health", EntityType.GOVERNMENT, SCRIPT_TITLE, "",
					"https://example.gov.sa/announced"))
			.getReference();
		this.nominations.moveTo(winner, NominationStatus.IN_REVIEW);
		this.nominations.decide(winner, NominationOutcome.WINNER);
		this.nominations.moveTo(winner, NominationStatus.ANNOUNCED);
		this.announcements.announce("ACH", ANNOUNCED_EDITION);
	}

	@Test
	void theSignInPageIsArabicRightToLeftByDefaultAndEnglishOnRequestRemembered() throws Exception {
		String arabic = page(get("/portal/sign-in"), 200);
		assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "تسجيل الدخول", "<label for=\"username\"",
				"<label for=\"password\"", "class=\"skip-link\" href=\"#main\"", "name=\"_csrf\"");

		MvcResult english = this.mvc.perform(get("/portal/sign-in").param("lang", "en")).andReturn();
		assertThat(english.getResponse().getContentAsString()).contains("<html lang=\"en\" dir=\"ltr\">", "Sign in",
				"User name");
		Cookie remembered = english.getResponse().getCookie(org.injaz.web.Languages.COOKIE);
		assertThat(remembered).isNotNull();
		assertThat(this.mvc.perform(get("/portal/sign-in").cookie(remembered))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<html lang=\"en\" dir=\"ltr\">");
		// Without a cookie the browser's language decides; one the portal does not speak
		// gets Arabic.
		assertThat(page(get("/portal/sign-in").header("Accept-Language", "en-GB,en;q=0.8"), 200))
			.contains("<html lang=\"en\" dir=\"ltr\">");
		assertThat(page(get("/portal/sign-in").header("Accept-Language", "fr-FR"), 200))
			.contains("<html lang=\"ar\" dir=\"rtl\">");
		assertThat(page(get("/portal/sign-in").param("lang", "fr"), 200)).contains("<html lang=\"ar\" dir=\"rtl\">");
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndAWrongPasswordIsSaidSo() throws Exception {
		this.mvc.perform(get("/portal"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("http://localhost/portal/sign-in"));
		this.mvc.perform(get("/portal/nominations/ACH-4-G2C-0001"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("http://localhost/portal/sign-in"));
		this.mvc.perform(formLogin("/portal/sign-in").user("nominee1").password("wrong"))
			.andExpect(redirectedUrl("/portal/sign-in?error"));
		assertThat(page(get("/portal/sign-in").param("error", ""), 200))
			.contains("اسم المستخدم أو كلمة المرور غير صحيحة");
		// The API and the engine's REST API keep answering with their own challenge.
		this.mvc.perform(get("/api/v1/nominations")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
	}

	@Test
	void aNomineeSeesTheirNominationsWithDatesInBothCalendars() throws Exception {
		MockHttpSession nominee = signIn("nominee1");
		String home = page(get("/portal").session(nominee), 200);
		assertThat(home).contains("<html lang=\"ar\" dir=\"rtl\">", "ترشيحاتي", "Appointment booking on Sehhaty",
				"صدر القرار (بانتظار الإعلان)");
		// The open edition's deadline, Hijri and Gregorian.
		assertThat(home).containsPattern("يُغلق باب الترشح في[\\s\\S]*?\\d+ [^<]+ 14\\d\\d هـ — \\d+ [^<]+ 20\\d\\d م");
		// Only their own: nominee2's idea is not listed.
		assertThat(home).doesNotContain("Reem Al-Mutairi", "one message to track");

		String english = page(get("/portal").param("lang", "en").session(nominee), 200);
		assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">", "My nominations")
			.containsPattern("\\d+ [A-Za-z' -]+ 14\\d\\d AH \\(\\d+ [A-Za-z]+ 20\\d\\d\\)");
	}

	@Test
	void aNewNominationShowsTheBranchesWhoMayApplyTheirCriteriaAndTheChosenBranchsFields() throws Exception {
		MockHttpSession nominee = signIn("nominee1");
		String branches = page(get("/portal/nominations/new").session(nominee), 200);
		assertThat(branches)
			.contains("<html lang=\"ar\" dir=\"rtl\">", "ترشيح جديد", "التعاون بين الجهات الحكومية",
					"الجهات الحكومية وشبه الحكومية", "الأفراد أصحاب الأفكار والإسهامات المتميزة", "معايير التقييم",
					"الحقول المطلوبة", "/portal/nominations/new?edition=ACH-4&amp;branch=G2G")
			.containsPattern("<td>\\d+٪</td>")
			.containsPattern("يُغلق باب الترشح في[\\s\\S]*?14\\d\\d هـ — \\d+ [^<]+ 20\\d\\d م");

		String cooperation = page(
				get("/portal/nominations/new").param("edition", "ACH-4").param("branch", "G2G").session(nominee), 200);
		assertThat(cooperation)
			.contains("action=\"/portal/drafts\"", "name=\"_csrf\"", "<label for=\"entityName\"",
					"<label for=\"entityType\"", "<label for=\"title\"", "<label for=\"summary\"",
					"<label for=\"serviceUrl\"", "<label for=\"partnerEntities\"", "value=\"G2G\"", "جهة شبه حكومية")
			.doesNotContain("value=\"INDIVIDUAL\"", "value=\"PRIVATE\"");
		String individual = page(get("/portal/nominations/new").param("edition", "ACH-4")
			.param("branch", "INDIV")
			.param("lang", "en")
			.session(nominee), 200);
		assertThat(individual).contains("Individuals with a distinguished idea or contribution", "value=\"INDIVIDUAL\"")
			.doesNotContain("value=\"GOVERNMENT\"", "<label for=\"partnerEntities\"");
		assertThat(page(
				get("/portal/nominations/new").param("edition", "ACH-4").param("branch", "NOPE").session(nominee), 200))
			.contains("اختر أحد فروع الدورة");
	}

	@Test
	void aDraftIsSavedComeBackToGuardedByItsVersionAndSubmittedOnceComplete() throws Exception {
		MockHttpSession nominee = signIn("nominee1");
		MvcResult created = this.mvc
			.perform(post("/portal/drafts").session(nominee)
				.with(csrf())
				.param("programmeCode", "ACH")
				.param("editionNumber", "4")
				.param("branchCode", "G2C")
				.param("title", "مسودة <i>تجريبية</i>")
				.param("serviceUrl", ""))
			.andExpect(status().isFound())
			.andReturn();
		String draftPath = created.getResponse().getRedirectedUrl();
		assertThat(draftPath).matches("/portal/drafts/[0-9a-f-]{36}");

		// Back later: the draft is listed and opens with what was saved, and its version.
		assertThat(page(get("/portal").session(nominee), 200)).contains("المسودات", draftPath,
				"مسودة &lt;i&gt;تجريبية&lt;/i&gt;");
		String draft = page(get(draftPath).session(nominee), 200);
		assertThat(draft).contains("value=\"مسودة &lt;i&gt;تجريبية&lt;/i&gt;\"", "name=\"version\" value=\"0\"",
				"تقديم الترشيح", "حفظ المسودة", "معايير التقييم");
		// Nobody else's.
		page(get(draftPath).session(signIn("nominee2")), 404);

		// A save on version 0 makes version 1; a second window still on version 0 is
		// told.
		this.mvc
			.perform(post(draftPath).session(nominee)
				.with(csrf())
				.param("version", "0")
				.param("action", "save")
				.param("title", "خدمة المواعيد")
				.param("entityName", "وزارة الصحة")
				.param("entityType", "GOVERNMENT"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(draftPath));
		String stale = page(post(draftPath).session(nominee)
			.with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("title", "Lost edit"), 409);
		assertThat(stale).contains("تغيّرت هذه المسودة في مكان آخر", "value=\"خدمة المواعيد\"",
				"name=\"version\" value=\"1\"");

		// Submitting without the branch's required fields names each one beside it.
		String incomplete = page(post(draftPath).session(nominee)
			.with(csrf())
			.param("version", "1")
			.param("action", "submit")
			.param("title", "خدمة المواعيد")
			.param("entityName", "")
			.param("entityType", "GOVERNMENT")
			.param("serviceUrl", "not an address"), 200);
		assertThat(incomplete).contains("id=\"serviceUrl-error\"",
				"أدخل عنوانًا يبدأ بـ \u2066http://\u2069 أو \u2066https://\u2069");
		String missing = page(post(draftPath).session(nominee)
			.with(csrf())
			.param("version", "1")
			.param("action", "submit")
			.param("title", "خدمة المواعيد")
			.param("entityType", "GOVERNMENT"), 200);
		// The same required fields as the API: the summary and address stay optional.
		assertThat(missing).contains("id=\"entityName-error\"", "هذا الحقل مطلوب", "name=\"version\" value=\"2\"")
			.doesNotContain("id=\"summary-error\"", "id=\"serviceUrl-error\"");

		MvcResult submitted = this.mvc
			.perform(post(draftPath).session(nominee)
				.with(csrf())
				.param("version", "2")
				.param("action", "submit")
				.param("idempotencyKey", "portal-test-draft-1")
				.param("title", "خدمة المواعيد")
				.param("entityName", "وزارة الصحة")
				.param("entityType", "GOVERNMENT")
				.param("summary", "حجز المواعيد في دقيقة")
				.param("serviceUrl", "https://example.gov.sa/portal-draft"))
			.andExpect(status().isFound())
			.andReturn();
		String nominationPath = submitted.getResponse().getRedirectedUrl();
		assertThat(nominationPath).matches("/portal/nominations/ACH-4-G2C-\\d{4}");
		String nomination = page(get(nominationPath).session(nominee), 200);
		assertThat(nomination).contains("تم تقديم ترشيحك", "خدمة المواعيد", "مسار الترشيح", "تم تقديم الترشيح",
				"قدّم الترشيح");
		// The submitted draft opens its nomination, and is no longer listed as a draft.
		this.mvc.perform(get(draftPath).session(nominee)).andExpect(redirectedUrl(nominationPath));
		assertThat(page(get("/portal").session(nominee), 200)).doesNotContain(draftPath);
	}

	@Test
	void evidenceIsUploadedWithOrWithoutScriptAndRefusalsReadBesideTheField() throws Exception {
		MockHttpSession nominee = signIn("nominee1");
		String draftPath = this.mvc
			.perform(post("/portal/drafts").session(nominee)
				.with(csrf())
				.param("programmeCode", "ACH")
				.param("editionNumber", "4")
				.param("branchCode", "MOBILE")
				.param("title", "تطبيق الشواهد"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		// As portal.js sends it: JSON back, for the progress and the status line.
		String uploaded = scriptUpload(draftPath + "/evidence",
				new MockMultipartFile("file", "شاهد-1.pdf", "application/pdf", pdf), nominee, 200);
		assertThat(uploaded).contains("\"name\":\"شاهد-1.pdf\"");
		// As a plain form: back to the draft, the file listed.
		this.mvc
			.perform(multipart(draftPath + "/evidence")
				.file(new MockMultipartFile("file", "evidence-2.pdf", "application/pdf", pdf))
				.session(nominee)
				.with(csrf()))
			.andExpect(redirectedUrl(draftPath));
		String draft = page(get(draftPath).session(nominee), 200);
		assertThat(draft).contains("id=\"evidence-list\"", "شاهد-1.pdf", "evidence-2.pdf", "<progress",
				"aria-live=\"polite\"", "<label for=\"evidence-file\"", "enctype=\"multipart/form-data\"");

		// A file that is not what it claims: refused, in Arabic, beside the field.
		String refused = scriptUpload(draftPath + "/evidence", new MockMultipartFile("file", "notes.pdf",
				"application/pdf", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)), nominee, 400);
		assertThat(refused).contains("\"field\":\"file\"").doesNotContain("Exception");
		this.mvc
			.perform(
					multipart(draftPath + "/evidence")
						.file(new MockMultipartFile("file", "notes.pdf", "application/pdf",
								"just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
						.session(nominee)
						.with(csrf()))
			.andExpect(redirectedUrl(draftPath))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("uploadError"));
		// Without the form's token nothing is stored.
		this.mvc
			.perform(multipart(draftPath + "/evidence")
				.file(new MockMultipartFile("file", "forged.pdf", "application/pdf", pdf))
				.session(nominee))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCoordinatorIsRefusedThePortal() throws Exception {
		MockHttpSession coordinator = signIn("coordinator");
		// The access-denied handler forwards to the portal's own page (MockMvc records
		// the
		// forward), which says why in the reader's language.
		this.mvc.perform(get("/portal").session(coordinator))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/portal/refused"));
		this.mvc.perform(get("/portal/nominations/new").session(coordinator))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/portal/refused"));
		String refused = page(get("/portal/refused").session(coordinator), 403);
		assertThat(refused).contains("<html lang=\"ar\" dir=\"rtl\">", "غير متاح لهذا الحساب")
			.doesNotContain("ترشيحاتي</h1>");
	}

	@Test
	void userTextIsRenderedEscaped() throws Exception {
		String reference = this.submissions.submit("nominee1", null, null, "MOBILE", "<b>Entity</b>",
				EntityType.GOVERNMENT, SCRIPT_TITLE, "<img src=x onerror=alert(1)>", "https://example.gov.sa/escaped",
				List.of());
		MockHttpSession nominee = signIn("nominee1");
		String home = page(get("/portal").session(nominee), 200);
		assertThat(home).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; خدمة")
			.doesNotContain("<script>alert");
		String detail = page(get("/portal/nominations/" + reference).session(nominee), 200);
		assertThat(detail).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;Entity&lt;/b&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<b>Entity");
	}

	@Test
	void someoneElsesOrAnUnknownNominationIsAPageNotFound() throws Exception {
		String reference = this.submissions.submit("nominee2", null, null, "INDIV", "ريم المطيري",
				EntityType.INDIVIDUAL, "فكرة خاصة بنومني ٢", "", null, List.of());
		MockHttpSession nominee1 = signIn("nominee1");
		String notFound = page(get("/portal/nominations/" + reference).session(nominee1), 404);
		assertThat(notFound).contains("<html lang=\"ar\" dir=\"rtl\">", "غير موجود")
			.doesNotContain("فكرة خاصة", "Exception");
		page(get("/portal/nominations/ACH-4-NOPE-9999").session(nominee1), 404);
	}

	@Test
	void aNomineeWithdrawsAfterConfirmingAndOnlyWithTheFormsToken() throws Exception {
		String reference = this.submissions.submit("nominee1", null, null, "G2B", "وزارة التجارة",
				EntityType.GOVERNMENT, "سحب تجريبي", "", "https://example.gov.sa/withdraw-me", List.of());
		MockHttpSession nominee = signIn("nominee1");
		String confirm = page(get("/portal/nominations/" + reference + "/withdraw").session(nominee), 200);
		assertThat(confirm).contains("هل تريد سحب الترشيح؟", "نعم، اسحبه", "name=\"_csrf\"");

		// A forged form without the CSRF token changes nothing.
		this.mvc.perform(post("/portal/nominations/" + reference + "/withdraw").session(nominee))
			.andExpect(status().isForbidden());
		assertThat(this.nominations.get(reference).getStatus()).isNotEqualTo(NominationStatus.WITHDRAWN);

		this.mvc.perform(post("/portal/nominations/" + reference + "/withdraw").session(nominee).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/portal/nominations/" + reference));
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.WITHDRAWN);
		String after = page(get("/portal/nominations/" + reference).session(nominee), 200);
		assertThat(after).contains("مسحوب").doesNotContain("/withdraw\"");

		// Another nominee cannot withdraw it, nor learn that it exists.
		page(post("/portal/nominations/" + reference + "/withdraw").session(signIn("nominee2")).with(csrf()), 404);
	}

	@Test
	void aNomineeAnswersAnOpenClarificationAndBadInputIsShownBesideTheField() throws Exception {
		// A cooperation without partner entities: the rules ask the nominee to name them.
		String reference = this.submissions.submit("nominee1", null, null, "G2G", "وزارة العدل", EntityType.GOVERNMENT,
				"تعاون تجريبي", "", "https://example.gov.sa/portal-g2g", List.of());
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.CLARIFICATION_REQUESTED);
		MockHttpSession nominee = signIn("nominee1");
		String detail = page(get("/portal/nominations/" + reference).session(nominee), 200);
		assertThat(detail).contains("يسأل المنسق", "<label for=\"answer\"", "<label for=\"partnerEntities\"");

		String blank = page(post("/portal/nominations/" + reference + "/clarification").session(nominee)
			.with(csrf())
			.param("answer", "  ")
			.param("partnerEntities", ""), 200);
		assertThat(blank).contains("id=\"answer-error\"", "هذا الحقل مطلوب", "aria-invalid=\"true\"");
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.CLARIFICATION_REQUESTED);

		this.mvc
			.perform(post("/portal/nominations/" + reference + "/clarification").session(nominee)
				.with(csrf())
				.param("lang", "en")
				.param("answer", "مع وزارة الداخلية <b>partner</b>")
				.param("partnerEntities", "وزارة الداخلية\nMinistry of Interior"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/portal/nominations/" + reference));
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.AWAITING_REVIEW);
		assertThat(this.nominations.get(reference).getPartnerEntities()).containsExactly("وزارة الداخلية",
				"Ministry of Interior");
		String answered = page(get("/portal/nominations/" + reference).session(nominee), 200);
		assertThat(answered).contains("&lt;b&gt;partner&lt;/b&gt;").doesNotContain("<b>partner");
	}

	@Test
	void filesGoWithAnOpenClarificationsAnswerAndAreRefusedOnceItIsAnswered() throws Exception {
		// A cooperation without partner entities: the rules ask the nominee a question.
		String reference = this.submissions.submit("nominee1", null, null, "G2G", "وزارة النقل", EntityType.GOVERNMENT,
				"تعاون بالملفات", "", "https://example.gov.sa/portal-g2g-files", List.of());
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.CLARIFICATION_REQUESTED);
		MockHttpSession nominee = signIn("nominee1");
		String page = "/portal/nominations/" + reference;
		String files = page + "/clarification/files";
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		String form = page(get(page).session(nominee), 200);
		assertThat(form).contains("id=\"clarification-list\"", "<label for=\"clarification-file\"",
				"action=\"" + files + "\"", "enctype=\"multipart/form-data\"", "<progress", "ملفات داعمة");

		// As portal.js sends it, then as a plain form.
		String uploaded = scriptUpload(files, new MockMultipartFile("file", "خطاب-الشراكة.pdf", "application/pdf", pdf),
				nominee, 200);
		assertThat(uploaded).contains("\"name\":\"خطاب-الشراكة.pdf\"");
		String letterId = uploaded.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		this.mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "extra.pdf", "application/pdf", pdf))
				.session(nominee)
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("uploaded", "extra.pdf"));
		String listed = page(get(page).session(nominee), 200);
		assertThat(listed).contains("خطاب-الشراكة.pdf", "extra.pdf", "href=\"" + page + "/files/" + letterId + "\"",
				"action=\"" + files + "/" + letterId + "/delete\"");

		// Downloaded by its nominee with the safe headers; another nominee finds nothing.
		MvcResult download = this.mvc.perform(get(page + "/files/" + letterId).session(nominee))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
		page(get(page + "/files/" + letterId).session(signIn("nominee2")), 404);
		page(get(page + "/files/" + java.util.UUID.randomUUID()).session(nominee), 404);

		// A file that is not what it claims: refused, in Arabic or English, beside the
		// field.
		MockMultipartFile forged = new MockMultipartFile("file", "letter.pdf", "application/pdf",
				"just text".getBytes(StandardCharsets.UTF_8));
		String refused = scriptUpload(files, forged, nominee, 400);
		assertThat(refused).contains("\"field\":\"file\"", "تقبل ملفات PDF").doesNotContain("Exception");
		String refusedEn = this.mvc
			.perform(multipart(files).file(forged)
				.param("lang", "en")
				.session(nominee)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refusedEn).contains("Only PDF, PNG, JPEG");
		MvcResult plain = this.mvc.perform(multipart(files).file(forged).session(nominee).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andReturn();
		String beside = page(get(page).session(nominee).flashAttrs(plain.getFlashMap()), 200);
		assertThat(beside).contains("id=\"clarification-error\"", "aria-invalid=\"true\"", "تقبل ملفات PDF");
		// Without the form's token nothing is stored.
		this.mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "no-token.pdf", "application/pdf", pdf))
				.session(nominee))
			.andExpect(status().isForbidden());

		// One removed before answering (the form's token required).
		String extraId = listed
			.replaceAll("(?s).*" + java.util.regex.Pattern.quote(files) + "/([0-9a-f-]{36})/delete.*", "$1");
		assertThat(extraId).isNotEqualTo(letterId).hasSize(36);
		this.mvc.perform(post(files + "/" + extraId + "/delete").session(nominee)).andExpect(status().isForbidden());
		this.mvc.perform(post(files + "/" + extraId + "/delete").session(nominee).with(csrf()))
			.andExpect(redirectedUrl(page));
		assertThat(page(get(page).session(nominee), 200)).contains("خطاب-الشراكة.pdf")
			.doesNotContain("extra.pdf", "no-token.pdf");

		this.mvc
			.perform(post(page + "/clarification").session(nominee)
				.with(csrf())
				.param("answer", "خطاب الشراكة مرفق")
				.param("partnerEntities", "وزارة الداخلية"))
			.andExpect(redirectedUrl(page));
		assertThat(this.nominations.get(reference).getStatus()).isEqualTo(NominationStatus.AWAITING_REVIEW);

		// Answered: the file stays with the nomination; no more files for the answer.
		String after = page(get(page).session(nominee), 200);
		assertThat(after).contains("خطاب-الشراكة.pdf", "href=\"" + page + "/files/" + letterId + "\"")
			.doesNotContain("action=\"" + files);
		String closed = scriptUpload(files, new MockMultipartFile("file", "late.pdf", "application/pdf", pdf), nominee,
				400);
		assertThat(closed).contains("ما دام السؤال مفتوحًا");
		this.mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "late.pdf", "application/pdf", pdf))
				.session(nominee)
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attributeExists("uploadError"));
		this.mvc.perform(post(files + "/" + letterId + "/delete").session(nominee).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("problem", "attachment.closed.clarification"));
		assertThat(page(get(page).session(nominee), 200)).contains("خطاب-الشراكة.pdf").doesNotContain("late.pdf");
	}

	@Test
	void thePublicResultsPageNeedsNoSignInAndShowsOnlyAnnouncedResults() throws Exception {
		String all = page(get("/results"), 200);
		assertThat(all).contains("<html lang=\"ar\" dir=\"rtl\">", "النتائج المعلنة",
				"/results/ACH/" + ANNOUNCED_EDITION);
		String edition = page(get("/results/ACH/" + ANNOUNCED_EDITION), 200);
		assertThat(edition).contains("فائز", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; خدمة", "أُعلنت في")
			.doesNotContain("<script>alert")
			.containsPattern("\\d+ [^<]+ 14\\d\\d هـ — \\d+ [^<]+ 20\\d\\d م");
		// The demo edition's decided nomination is not announced: not public.
		assertThat(edition).doesNotContain("Sehhaty");
		assertThat(page(get("/results/ACH/4"), 200)).contains("لم تُعلن نتائج هذه الدورة بعد")
			.doesNotContain("Sehhaty");
		String english = page(get("/results/ACH/" + ANNOUNCED_EDITION).param("branch", "G2C").param("lang", "en"), 200);
		assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">", "Winner", "Ministry of Health");
		// A malformed edition number is a bad request page, not a stack trace.
		assertThat(page(get("/results/ACH/four"), 400)).doesNotContain("Exception", "at org.");
	}

	private MockHttpSession signIn(String user) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/portal/sign-in").user(user).password("demo"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/portal"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int expectedStatus)
			throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expectedStatus);
		return body;
	}

	/** An upload as portal.js sends it (JSON answer), expecting the given status. */
	private String scriptUpload(String path, MockMultipartFile file, MockHttpSession session, int status)
			throws Exception {
		return this.mvc
			.perform(multipart(path).file(file).session(session).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
