package org.injaz.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision_Eligibility on the plain DMN engine: one case per rule row, each checked
 * against the row that actually matched.
 */
class EligibilityDecisionTest {

	private static final String MODEL = "bpmn/eligibility.dmn";

	private static final String DECISION = "Decision_Eligibility";

	private final List<String> matchedRules = new ArrayList<>();

	private DmnEngine dmnEngine;

	private DmnDecision decision;

	/**
	 * One case per rule row, in table order: rule id, then the inputs (branch, entity
	 * type, lead measurement, partner count, entity's nth nomination, won recently), then
	 * the eligibility.
	 */
	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("Rule_RecentWinner", "G2C", "GOVERNMENT", "MET", 0, 1, true, "INELIGIBLE"),
				Arguments.of("Rule_TooManyNominations", "G2B", "GOVERNMENT", "MET", 0, 4, false, "INELIGIBLE"),
				Arguments.of("Rule_IndividualToIndiv", "INDIV", "INDIVIDUAL", "MISSING", 0, 1, false, "ELIGIBLE"),
				Arguments.of("Rule_EntityToIndiv", "INDIV", "GOVERNMENT", "MET", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_IndividualElsewhere", "G2C", "INDIVIDUAL", "MISSING", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_LeadWithoutMeasurement", "LEAD", "SEMI_GOVERNMENT", "MISSING", 0, 1, false,
						"NEEDS_SCREENING"),
				Arguments.of("Rule_LeadBelowThreshold", "LEAD", "GOVERNMENT", "BELOW", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_G2gWithoutPartner", "G2G", "GOVERNMENT", "MET", 0, 1, false, "NEEDS_CLARIFICATION"),
				Arguments.of("Rule_GovernmentEntity", "G2B", "GOVERNMENT", "BELOW", 0, 3, false, "ELIGIBLE"),
				Arguments.of("Rule_OtherEntity", "G2G", "PRIVATE", "MISSING", 2, 1, false, "INELIGIBLE"));
	}

	/** Inputs that more than one row accepts: hit policy FIRST takes the upper row. */
	static Stream<Arguments> overlaps() {
		return Stream.of(Arguments.of("Rule_RecentWinner", "LEAD", "GOVERNMENT", "BELOW", 0, 5, true, "INELIGIBLE"),
				Arguments.of("Rule_TooManyNominations", "INDIV", "INDIVIDUAL", "MISSING", 0, 4, false, "INELIGIBLE"),
				Arguments.of("Rule_EntityToIndiv", "INDIV", "PRIVATE", "MISSING", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_IndividualElsewhere", "LEAD", "INDIVIDUAL", "MISSING", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_OtherEntity", "LEAD", "PRIVATE", "MISSING", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_OtherEntity", "G2G", "PRIVATE", "MET", 0, 1, false, "INELIGIBLE"),
				Arguments.of("Rule_GovernmentEntity", "LEAD", "GOVERNMENT", "MET", 0, 1, false, "ELIGIBLE"),
				Arguments.of("Rule_GovernmentEntity", "G2G", "SEMI_GOVERNMENT", "MISSING", 1, 3, false, "ELIGIBLE"));
	}

	@BeforeEach
	void parseDecision() throws IOException {
		DmnDecisionTableEvaluationListener recordMatches = (event) -> event.getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.forEach(this.matchedRules::add);
		this.dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionTableEvaluationListeners(List.of(recordMatches))
			.buildEngine();
		try (InputStream model = model()) {
			this.decision = this.dmnEngine.parseDecision(DECISION, model);
		}
	}

	@ParameterizedTest(name = "{0}: {1} by {2}, measurement {3}, {4} partners, nomination {5}, won {6}: {7}")
	@MethodSource("rows")
	void eachRuleRowDecides(String ruleId, String branchCode, String entityType, String leadMeasurement,
			int partnerCount, int entityNominationCount, boolean wonBranchRecently, String eligibility) {
		DmnDecisionResultEntries result = evaluate(branchCode, entityType, leadMeasurement, partnerCount,
				entityNominationCount, wonBranchRecently);

		assertThat(this.matchedRules).containsExactly(ruleId);
		assertThat((String) result.getEntry("eligibility")).isEqualTo(eligibility);
		assertThat((String) result.getEntry("reasonEn")).isNotBlank();
		assertThat((String) result.getEntry("reasonAr")).isNotBlank();
	}

	@ParameterizedTest(name = "{1} by {2}, measurement {3}, {4} partners, nomination {5}, won {6}: {0} first")
	@MethodSource("overlaps")
	void firstMatchingRowWins(String ruleId, String branchCode, String entityType, String leadMeasurement,
			int partnerCount, int entityNominationCount, boolean wonBranchRecently, String eligibility) {
		DmnDecisionResultEntries result = evaluate(branchCode, entityType, leadMeasurement, partnerCount,
				entityNominationCount, wonBranchRecently);

		assertThat(this.matchedRules).containsExactly(ruleId);
		assertThat((String) result.getEntry("eligibility")).isEqualTo(eligibility);
	}

	@Test
	void everyRowIsCoveredAndHitPolicyIsFirst() throws IOException {
		DmnModelInstance model;
		try (InputStream dmn = model()) {
			model = Dmn.readModelFromStream(dmn);
		}
		DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();

		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		assertThat(table.getRules()).extracting(Rule::getId)
			.containsExactlyElementsOf(rows().map((row) -> (String) row.get()[0]).toList());
	}

	@Test
	void everyRowGivesItsOwnReasonInBothLanguages() {
		List<String> reasonsEn = new ArrayList<>();
		List<String> reasonsAr = new ArrayList<>();
		rows().forEach((row) -> {
			Object[] in = row.get();
			DmnDecisionResultEntries result = evaluate((String) in[1], (String) in[2], (String) in[3], (int) in[4],
					(int) in[5], (boolean) in[6]);
			reasonsEn.add(result.getEntry("reasonEn"));
			reasonsAr.add(result.getEntry("reasonAr"));
		});

		assertThat(reasonsEn).hasSize(10).doesNotHaveDuplicates();
		assertThat(reasonsAr).hasSize(10).doesNotHaveDuplicates();
		// The Arabic reason is Arabic text, not a copy of the English one.
		assertThat(reasonsAr).allSatisfy((reason) -> assertThat(reason).containsPattern("\\p{IsArabic}"));
	}

	private DmnDecisionResultEntries evaluate(String branchCode, String entityType, String leadMeasurement,
			int partnerCount, int entityNominationCount, boolean wonBranchRecently) {
		this.matchedRules.clear();
		return this.dmnEngine.evaluateDecision(this.decision,
				Map.of("branchCode", branchCode, "entityType", entityType, "leadMeasurement", leadMeasurement,
						"partnerCount", partnerCount, "entityNominationCount", entityNominationCount,
						"wonBranchRecently", wonBranchRecently))
			.getSingleResult();
	}

	private static InputStream model() {
		InputStream model = EligibilityDecisionTest.class.getClassLoader().getResourceAsStream(MODEL);
		assertThat(model).as(MODEL + " on the classpath").isNotNull();
		return model;
	}

}
