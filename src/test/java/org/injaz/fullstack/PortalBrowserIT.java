package org.injaz.fullstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionAnnouncements;
import org.injaz.edition.Editions;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.NominationSubmission;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nominees' portal in headless Chromium on the full stack: a nominee signs in through
 * Keycloak, prepares a nomination in Arabic as a draft, comes back to it, uploads a PDF
 * with its progress shown, submits and follows it; and anyone reads the announced results
 * without signing in.
 */
@FullStackTest
class PortalBrowserIT {

	/** An edition of this test's own, announced by the test. */
	private static final int ANNOUNCED_EDITION = 7;

	@Autowired
	AwardProgrammes programmes;

	@Autowired
	Editions editions;

	@Autowired
	EditionAnnouncements announcements;

	@Autowired
	NominationService nominations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNomineeSubmitsFromDraftToSubmittedWithAnUploadInArabic() throws IOException {
		String title = "منصة المواعيد الموحدة " + Instant.now().toEpochMilli();
		Path pdf = smallPdf();
		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("ar-SA");
			Browser.steps(page, "portal-submission", () -> {
				// A portal page sends the nominee through Keycloak and back to the
				// portal.
				page.navigate(TestServices.APP_URL + "/portal");
				Browser.signInWithKeycloak(page, "nominee1");
				page.waitForURL(Pattern.compile(".*/portal(\\?continue)?$"));
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
				assertThat(page.locator("html")).hasAttribute("lang", "ar");
				assertThat(page.locator("h1")).hasText("ترشيحاتي");

				// A new nomination: the branches with who may apply and their criteria.
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ترشيح جديد")).first().click();
				assertThat(page.getByText("معايير التقييم").first()).isVisible();
				page.locator("a[href*='edition=ACH-4'][href*='branch=G2C']").click();
				page.getByLabel("الجهة المرشِّحة (أو اسمك الكامل)").fill("وزارة الصحة · Ministry of Health");
				page.getByLabel("نوع المرشِّح").selectOption("GOVERNMENT");
				page.getByLabel("اسم الخدمة أو الفكرة").fill(title);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ المسودة")).click();
				page.waitForURL("**/portal/drafts/*");
				assertThat(page.locator(".notice")).containsText("حُفظت المسودة");
				String draftUrl = page.url();

				// Come back to it later from the list of drafts.
				page.navigate(TestServices.APP_URL + "/portal");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
				page.waitForURL(draftUrl);
				assertThat(page.getByLabel("اسم الخدمة أو الفكرة")).hasValue(title);

				// Upload a real small PDF: the progress bar fills and the status says so.
				page.getByLabel("الملف المراد رفعه").setInputFiles(pdf);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("رفع").setExact(true)).click();
				assertThat(page.locator(".upload-status")).containsText("اكتمل الرفع");
				assertThat(page.locator("form.upload progress")).hasAttribute("value", "100");
				assertThat(page.locator("#evidence-list")).containsText(pdf.getFileName().toString());

				page.getByLabel("الوصف").fill("حجز المواعيد في جميع المستشفيات من تطبيق واحد.");
				page.getByLabel("عنوان الخدمة").fill("https://example.gov.sa/portal-browser/" + title.hashCode());
				Browser.screenshot(page, "portal-draft-ar");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تقديم الترشيح")).click();

				// Submitted: its status, its timeline and its evidence.
				page.waitForURL("**/portal/nominations/ACH-4-G2C-*");
				assertThat(page.locator(".notice")).containsText("تم تقديم ترشيحك");
				assertThat(page.locator("h1")).containsText(title);
				assertThat(page.locator(".status.big")).isVisible();
				assertThat(page.locator(".timeline")).containsText("تم تقديم الترشيح");
				assertThat(page.getByText(pdf.getFileName().toString())).isVisible();
				Browser.screenshot(page, "portal-submission-ar");
			});
		}
	}

	@Test
	void anyoneReadsTheAnnouncedResultsWithoutSigningIn() {
		String winner = announceAnEdition();
		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("ar-SA");
			Browser.steps(page, "public-results", () -> {
				page.navigate(TestServices.APP_URL + "/results");
				assertThat(page.locator("html")).hasAttribute("dir", "rtl");
				page.locator("a[href='/results/ACH/" + ANNOUNCED_EDITION + "']").click();
				page.waitForURL("**/results/ACH/" + ANNOUNCED_EDITION);
				assertThat(page.locator("main")).containsText(winner);
				assertThat(page.locator("main")).containsText("فائز");
				assertThat(page.locator("main")).containsText("هـ");
				Browser.screenshot(page, "public-results");

				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
				assertThat(page.locator("html")).hasAttribute("dir", "ltr");
				assertThat(page.locator("main")).containsText("Winner");
				Browser.screenshot(page, "public-results-en");
			});
		}
	}

	/** Edition 7 of the Achievement Award, past and announced, with a winner in G2C. */
	private String announceAnEdition() {
		Instant now = Instant.now();
		String title = "بوابة النتائج · Results portal " + now.toEpochMilli();
		boolean exists = this.editions.findByProgrammeCodeAndNumber("ACH", ANNOUNCED_EDITION).isPresent();
		if (!exists) {
			this.transactions.executeWithoutResult(
					(status) -> this.editions.save(new Edition(this.programmes.findByCode("ACH").orElseThrow(),
							ANNOUNCED_EDITION, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(300)),
							now.minus(Duration.ofDays(250)), now.minus(Duration.ofDays(200)))));
		}
		String reference = this.nominations
			.register(new NominationSubmission("ACH", ANNOUNCED_EDITION, "G2C", "nominee1",
					"وزارة الصحة · Ministry of Health", EntityType.GOVERNMENT, title, "",
					"https://example.gov.sa/results/" + now.toEpochMilli()))
			.getReference();
		this.nominations.moveTo(reference, NominationStatus.IN_REVIEW);
		this.nominations.decide(reference, NominationOutcome.WINNER);
		this.nominations.moveTo(reference, NominationStatus.ANNOUNCED);
		if (!exists) {
			this.announcements.announce("ACH", ANNOUNCED_EDITION);
		}
		return title;
	}

	/** A one-page PDF, small but real (header, objects, cross-reference table). */
	private static Path smallPdf() throws IOException {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		String stream = "BT /F1 18 Tf 20 70 Td (Injaz evidence) Tj ET";
		objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		Path file = Files.createTempDirectory("injaz-portal").resolve("evidence-portal.pdf");
		Files.writeString(file, pdf, StandardCharsets.US_ASCII);
		return file;
	}

}
