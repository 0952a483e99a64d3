package org.injaz.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.Nominations;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.review.ReviewService;
import org.injaz.review.ReviewStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded application on a private in-memory H2 seeds its demo: the real delegates,
 * DMN, review and eligibility services run the nominations to their stages.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-data;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class DemoDataTest {

	@Autowired
	Nominations nominations;

	@Autowired
	NominationService nominationService;

	@Autowired
	ReviewService reviews;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Test
	@Transactional
	void demoNominationsReachEveryStage() {
		Map<String, Nomination> byBranch = this.nominations.findAll()
			.stream()
			.filter((nomination) -> nomination.getReference().startsWith("ACH-4-"))
			.collect(Collectors.toMap(
					(nomination) -> nomination.getBranch().getCode() + ":" + nomination.getEntityType(),
					Function.identity(), (one, other) -> one));

		assertThat(byBranch.get("LEAD:SEMI_GOVERNMENT").getStatus()).isEqualTo(NominationStatus.SCREENING);
		assertThat(byBranch.get("G2G:GOVERNMENT").getStatus()).isEqualTo(NominationStatus.CLARIFICATION_REQUESTED);
		assertThat(byBranch.get("G2G:PRIVATE").getStatus()).isEqualTo(NominationStatus.INELIGIBLE);
		assertThat(byBranch.get("INDIV:INDIVIDUAL").getStatus()).isEqualTo(NominationStatus.AWAITING_REVIEW);
		assertThat(byBranch.get("G2B:GOVERNMENT").getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(byBranch.get("MOBILE:GOVERNMENT").getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(byBranch.get("EPART:SEMI_GOVERNMENT").getStatus()).isEqualTo(NominationStatus.AWAITING_COMMITTEE);
		Nomination decided = byBranch.get("G2C:GOVERNMENT");
		assertThat(decided.getStatus()).isEqualTo(NominationStatus.DECIDED);
		assertThat(decided.getOutcome()).isEqualTo(NominationOutcome.WINNER);
		// reviewer1 scored 9 on every criterion, reviewer3 8: mean 85, median 85.
		assertThat(decided.getScore()).isEqualByComparingTo("85");
		assertThat(decided.getMedianScore()).isEqualByComparingTo("85");
		assertThat(this.reviews.reviewsOf(decided.getReference())).extracting((review) -> review.getStatus())
			.containsOnly(ReviewStatus.SUBMITTED);

		String epart = byBranch.get("EPART:SEMI_GOVERNMENT").getReference();
		assertThat(this.nominationService.rankedForCommittee("ACH", 4, "EPART")).extracting(Nomination::getReference)
			.containsExactly(epart);
		String mobile = byBranch.get("MOBILE:GOVERNMENT").getReference();
		assertThat(this.nominationService.reviewsCompleteInBranchOf(epart)).isTrue();
		assertThat(this.nominationService.reviewsCompleteInBranchOf(mobile)).isFalse();
		// G2G: the ineligible one does not count, the other awaits a clarification.
		assertThat(this.nominationService.reviewsCompleteInBranchOf(byBranch.get("G2G:PRIVATE").getReference()))
			.isFalse();

		assertThat(this.taskService.createTaskQuery()
			.processInstanceBusinessKey(mobile)
			.taskDefinitionKey(NominationProcess.TASK_REVIEW)
			.singleResult()
			.getAssignee()).isEqualTo("reviewer1");
		String g2b = byBranch.get("G2B:GOVERNMENT").getReference();
		// Suggestions for G2B: its experts, never reviewer3 who works for the Ministry of
		// Commerce.
		assertThat(this.runtimeService.getVariableTyped(
				this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(g2b).singleResult().getId(),
				NominationProcess.Var.REVIEWER_OPTIONS)
			.getValue()
			.toString()).contains("reviewer2").doesNotContain("reviewer3");
	}

}
