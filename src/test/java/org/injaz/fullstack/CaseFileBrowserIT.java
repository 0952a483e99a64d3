package org.injaz.fullstack;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.attachment.Attachment;
import org.injaz.attachment.AttachmentOwner;
import org.injaz.attachment.AttachmentPurpose;
import org.injaz.attachment.Attachments;
import org.injaz.attachment.SampleFiles;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links a task form shows to a nomination's files, in Tasklist in headless Chromium:
 * the coordinator sees the link in the screening form and clicking it downloads the file
 * over their web session.
 */
@FullStackTest
class CaseFileBrowserIT {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Attachments attachments;

	@Test
	void theScreeningFormLinksTheNominationsFileAndTheLinkDownloadsIt() throws Exception {
		// No transformation measurement for this entity: e-Leadership needs screening.
		ProcessInstance nomination = this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, "nominee1", Var.BRANCH_CODE, "LEAD", Var.ENTITY_NAME,
						"National Competitiveness Centre · المركز الوطني للتنافسية", Var.ENTITY_TYPE, "SEMI_GOVERNMENT",
						Var.TITLE, "Digital leadership files · ملفات الريادة الرقمية"));
		String reference = nomination.getBusinessKey();
		byte[] pdf = SampleFiles.pdf(8192);
		Attachment evidence = this.attachments.store(AttachmentOwner.nomination(reference), AttachmentPurpose.EVIDENCE,
				"تقرير الريادة.pdf", new ByteArrayInputStream(pdf), "nominee1");

		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "case-file", () -> {
				Browser.openTasklistAs(page, "coordinator");
				page.getByText("Screening").first().click();
				page.getByText("Screen nomination " + reference).first().click();
				page.getByText("Claim").first().click();

				Locator link = page.locator("a[href='/files/nominations/" + reference + "/" + evidence.getId() + "']");
				assertThat(link).hasText("تقرير الريادة.pdf");
				assertThat(page.getByText("المرفقات · Attachments").first()).isVisible();
				link.scrollIntoViewIfNeeded();
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(Browser.SCREENSHOTS.resolve("case-file-1-screening-form-links.png")));

				Download download = page.waitForDownload(link::click);
				assertThat(download.failure()).isNull();
				assertThat(download.suggestedFilename()).isEqualTo("تقرير الريادة.pdf");
				try {
					assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				// Still in Tasklist: a download does not navigate away.
				assertThat(page.getByText("Screen nomination " + reference).first()).isVisible();
			});
		}
	}

}
