package org.injaz.fullstack;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in headless Chromium: signs in on Keycloak's page, opens Tasklist, claims
 * a screening task and completes it through its Camunda Form.
 */
@FullStackTest
class TasklistBrowserIT {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void coordinatorScreensANominationInTasklist() {
		ProcessInstance nomination = submit();
		String reference = nomination.getBusinessKey();

		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "tasklist", () -> {
				page.navigate(TestServices.APP_URL + "/camunda/app/tasklist/");
				Browser.screenshot(page, "tasklist-0-start");
				page.locator("#username").fill("coordinator");
				page.locator("#password").fill("demo");
				Browser.screenshot(page, "tasklist-1-keycloak-login");
				page.locator("#kc-login").click();

				page.waitForURL("**/camunda/app/tasklist/**");
				page.getByText("Screening").first().click();
				page.getByText("Screen nomination " + reference).first().click();
				page.getByText("Claim").first().click();
				page.getByLabel("مؤهل · Eligible").check();
				page.getByLabel("ملاحظات الفرز أو سبب عدم الأهلية · Screening notes or reason for ineligibility")
					.fill("Checked in the browser test");
				Browser.screenshot(page, "tasklist-2-screening-form");
				page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Complete"))
					.click();
				assertThat(page.getByText("Screen nomination " + reference)).hasCount(0);
				Browser.screenshot(page, "tasklist-3-completed");
			});
		}

		// Eligible: it waits for the nomination window of the open edition to close.
		assertThat(this.runtimeService.getActiveActivityIds(nomination.getId()))
			.contains("CatchEvent_NominationWindowClosed");
		assertThat(this.runtimeService.getVariable(nomination.getId(), Var.SCREENING_DECISION)).isEqualTo("ELIGIBLE");
	}

	@Test
	void signingOutOfTasklistEndsTheKeycloakSessionToo() {
		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "sign-out", () -> {
				page.navigate(TestServices.APP_URL + "/camunda/app/tasklist/");
				page.locator("#username").fill("committee1");
				page.locator("#password").fill("demo");
				page.locator("#kc-login").click();
				page.waitForURL("**/camunda/app/tasklist/**");
				page.getByText("Saad Al-Shehri").first().click();
				page.getByText("Log out").first().click();
				// RP-initiated logout passes Keycloak's end-session endpoint and comes
				// back to sign in anew.
				assertThat(page.locator("#kc-form-login")).isVisible();
				assertThat(page.url()).startsWith(TestServices.realmUrl() + "/protocol/openid-connect/auth");
				Browser.screenshot(page, "sign-out-1-back-at-keycloak");

				// No single sign-on left: Tasklist asks for credentials again.
				page.navigate(TestServices.APP_URL + "/camunda/app/tasklist/");
				assertThat(page.locator("#kc-form-login")).isVisible();
			});
		}
	}

	private ProcessInstance submit() {
		return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				// No transformation measurement for this entity: e-Leadership needs
				// screening.
				Map.of(Var.NOMINEE, "nominee1", Var.BRANCH_CODE, "LEAD", Var.ENTITY_NAME,
						"National Competitiveness Centre · المركز الوطني للتنافسية", Var.ENTITY_TYPE, "SEMI_GOVERNMENT",
						Var.TITLE, "Digital leadership · الريادة الرقمية"));
	}

}
