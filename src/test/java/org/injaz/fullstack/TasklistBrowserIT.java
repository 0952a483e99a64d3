package org.injaz.fullstack;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.IdentityService;
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

	@Autowired
	IdentityService identityService;

	@Test
	void coordinatorScreensANominationInTasklist() {
		ProcessInstance nomination = submit();
		String reference = nomination.getBusinessKey();

		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
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
			page.getByLabel("ملاحظات الفرز · Screening notes").fill("Checked in the browser test");
			Browser.screenshot(page, "tasklist-2-screening-form");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Complete"))
				.click();
			assertThat(page.getByText("Screen nomination " + reference)).hasCount(0);
			Browser.screenshot(page, "tasklist-3-completed");
		}

		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.count()).isOne();
		assertThat(this.runtimeService.getVariable(nomination.getId(), Var.SCREENING_DECISION)).isEqualTo("ELIGIBLE");
	}

	private ProcessInstance submit() {
		try {
			this.identityService.setAuthenticatedUserId("nominee1");
			return this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
					Map.of(Var.BRANCH_CODE, "MOBILE", Var.ENTITY_NAME, "Saudi Post · البريد السعودي", Var.ENTITY_TYPE,
							"SEMI_GOVERNMENT", Var.TITLE, "Parcel tracking app · تطبيق تتبع الشحنات"));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
