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
	 * One case per rule row, in table order: rule id, branch, entity type, eligibility.
	 */
	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("Rule_IndividualToIndiv", "INDIV", "INDIVIDUAL", "ELIGIBLE"),
				Arguments.of("Rule_EntityToIndiv", "INDIV", "GOVERNMENT", "INELIGIBLE"),
				Arguments.of("Rule_IndividualElsewhere", "G2C", "INDIVIDUAL", "INELIGIBLE"),
				Arguments.of("Rule_LeadNeedsMeasurement", "LEAD", "SEMI_GOVERNMENT", "NEEDS_SCREENING"),
				Arguments.of("Rule_GovernmentEntity", "G2B", "GOVERNMENT", "ELIGIBLE"),
				Arguments.of("Rule_OtherEntity", "G2G", "PRIVATE", "INELIGIBLE"));
	}

	/** Inputs that more than one row accepts: hit policy FIRST takes the upper row. */
	static Stream<Arguments> overlaps() {
		return Stream.of(Arguments.of("Rule_IndividualToIndiv", "INDIV", "INDIVIDUAL", "ELIGIBLE"),
				Arguments.of("Rule_EntityToIndiv", "INDIV", "PRIVATE", "INELIGIBLE"),
				Arguments.of("Rule_IndividualElsewhere", "LEAD", "INDIVIDUAL", "INELIGIBLE"),
				Arguments.of("Rule_LeadNeedsMeasurement", "LEAD", "GOVERNMENT", "NEEDS_SCREENING"),
				Arguments.of("Rule_OtherEntity", "LEAD", "PRIVATE", "INELIGIBLE"),
				Arguments.of("Rule_GovernmentEntity", "MOBILE", "SEMI_GOVERNMENT", "ELIGIBLE"));
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

	@ParameterizedTest(name = "{0}: {1} nominated by {2} is {3}")
	@MethodSource("rows")
	void eachRuleRowDecides(String ruleId, String branchCode, String entityType, String eligibility) {
		DmnDecisionResultEntries result = evaluate(branchCode, entityType);

		assertThat(this.matchedRules).containsExactly(ruleId);
		assertThat((String) result.getEntry("eligibility")).isEqualTo(eligibility);
		assertThat((String) result.getEntry("reasonEn")).isNotBlank();
		assertThat((String) result.getEntry("reasonAr")).isNotBlank();
	}

	@ParameterizedTest(name = "{1} nominated by {2}: {0} comes first")
	@MethodSource("overlaps")
	void firstMatchingRowWins(String ruleId, String branchCode, String entityType, String eligibility) {
		DmnDecisionResultEntries result = evaluate(branchCode, entityType);

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
			DmnDecisionResultEntries result = evaluate((String) row.get()[1], (String) row.get()[2]);
			reasonsEn.add(result.getEntry("reasonEn"));
			reasonsAr.add(result.getEntry("reasonAr"));
		});

		assertThat(reasonsEn).hasSize(6).doesNotHaveDuplicates();
		assertThat(reasonsAr).hasSize(6).doesNotHaveDuplicates();
		// The Arabic reason is Arabic text, not a copy of the English one.
		assertThat(reasonsAr).allSatisfy((reason) -> assertThat(reason).containsPattern("\\p{IsArabic}"));
	}

	private DmnDecisionResultEntries evaluate(String branchCode, String entityType) {
		this.matchedRules.clear();
		return this.dmnEngine
			.evaluateDecision(this.decision, Map.of("branchCode", branchCode, "entityType", entityType))
			.getSingleResult();
	}

	private static InputStream model() {
		InputStream model = EligibilityDecisionTest.class.getClassLoader().getResourceAsStream(MODEL);
		assertThat(model).as(MODEL + " on the classpath").isNotNull();
		return model;
	}

}
