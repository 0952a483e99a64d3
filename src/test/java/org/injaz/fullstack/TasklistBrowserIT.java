package org.injaz.fullstack;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.review.Review;
import org.injaz.review.ReviewService;
import org.injaz.review.ReviewStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators and experts in headless Chromium: sign in on Keycloak's page, open
 * Tasklist and complete their tasks through the Camunda Forms.
 */
@FullStackTest
class TasklistBrowserIT {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ReviewService reviewService;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void coordinatorScreensANominationInTasklist() {
		ProcessInstance nomination = submit();
		String reference = nomination.getBusinessKey();

		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "tasklist", () -> {
				page.navigate(TestServices.APP_URL + "/camunda/app/tasklist/");
				Browser.screenshot(page, "tasklist-0-start");
				Browser.screenshot(page, "tasklist-1-keycloak-login");
				Browser.signInWithKeycloak(page, "coordinator");
				page.waitForURL("**/camunda/app/tasklist/**");
				page.getByText("Screening").first().click();
				page.getByText("Screen nomination " + reference).first().click();
				page.getByText("Claim").first().click();
				page.getByLabel("مؤهل · Eligible").check();
				page.getByLabel("ملاحظات الفرز أو سبب عدم الأهلية · Screening notes or reason for ineligibility")
					.fill("Checked in the browser test");
				Browser.screenshot(page, "tasklist-2-screening-form");
				Browser.completeTask(page, "Screen nomination " + reference);
				Browser.screenshot(page, "tasklist-3-completed");
			});
		}

		// Eligible: it waits for the nomination window of the open edition to close.
		assertThat(this.runtimeService.getActiveActivityIds(nomination.getId()))
			.contains("CatchEvent_NominationWindowClosed");
		assertThat(this.runtimeService.getVariable(nomination.getId(), Var.SCREENING_DECISION)).isEqualTo("ELIGIBLE");
	}

	/**
	 * The review form labels its score fields with the branch's criteria (names and
	 * weights) and shows as many as the branch has.
	 */
	@Test
	void expertScoresANominationInTasklist() {
		String reference = inReviewBy("reviewer1");
		List<String> criteria = this.transactions.execute((status) -> this.reviewService.criteriaOf(reference)
			.stream()
			.map((criterion) -> criterion.getNameEn() + " (" + criterion.getWeight() + "%)")
			.toList());
		assertThat(criteria).isNotEmpty();

		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "review", () -> {
				Browser.openTasklistAs(page, "reviewer1");
				page.getByText("My reviews").first().click();
				page.getByText("Review nomination " + reference).first().click();
				// form-js renders number fields as text inputs.
				Locator scores = page.locator(".fjs-form-field-number input");
				assertThat(scores.first()).isVisible();
				// One score field per criterion, the others hidden.
				assertThat(scores).hasCount(criteria.size());
				// Each field is left (Tab) once filled: the form takes a typed value
				// after a
				// pause or when its field is left, and a value it takes re-renders every
				// field
				// with the values it has, so a field still waiting would be emptied.
				for (int i = 0; i < criteria.size(); i++) {
					Locator score = page.getByLabel(criteria.get(i), new Page.GetByLabelOptions().setExact(false));
					assertThat(score).isVisible();
					score.fill(String.valueOf(7 + i % 3));
					score.press("Tab");
				}
				Locator comment = page.getByLabel("تعليق المقيّم · Reviewer's comment");
				comment.fill("Scored in the browser test");
				comment.press("Tab");
				assertThat(comment).hasValue("Scored in the browser test");
				Browser.screenshot(page, "review-1-form");
				Browser.completeTask(page, "Review nomination " + reference);
				Browser.screenshot(page, "review-2-completed");
			});
		}

		List<Review> reviews = this.transactions.execute((status) -> {
			List<Review> all = this.reviewService.reviewsOf(reference);
			all.forEach((review) -> review.getScores().size());
			return all;
		});
		assertThat(reviews).singleElement().satisfies((review) -> {
			assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
			assertThat(review.getComment()).isEqualTo("Scored in the browser test");
			assertThat(review.getScores()).hasSize(criteria.size());
		});
	}

	@Test
	void signingOutOfTasklistEndsTheKeycloakSessionToo() {
		try (Browser browser = Browser.launch()) {
			Page page = browser.newPage("en-GB");
			Browser.steps(page, "sign-out", () -> {
				Browser.openTasklistAs(page, "committee1");
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

	/** A new G2C nomination, past the window, with its review assigned to the expert. */
	private String inReviewBy(String expert) {
		ProcessInstance nomination = this.runtimeService.startProcessInstanceByKey(NominationProcess.KEY,
				Map.of(Var.NOMINEE, "nominee1", Var.BRANCH_CODE, "G2C", Var.ENTITY_NAME,
						"Ministry of Tourism · وزارة السياحة", Var.ENTITY_TYPE, "GOVERNMENT", Var.TITLE,
						"Court appointments " + UUID.randomUUID() + " · مواعيد المحاكم", Var.SERVICE_URL,
						"https://example.gov.sa/browser-review/" + UUID.randomUUID()));
		String reference = nomination.getBusinessKey();
		this.runtimeService.createMessageCorrelation(NominationProcess.Message.NOMINATION_WINDOW_CLOSED)
			.processInstanceBusinessKey(reference)
			.correlate();
		Task assign = this.taskService.createTaskQuery()
			.processInstanceId(nomination.getId())
			.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
			.singleResult();
		this.taskService.claim(assign.getId(), "coordinator");
		this.taskService.complete(assign.getId(), Map.of(Var.REVIEWERS, "[\"" + expert + "\"]"));
		return reference;
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
