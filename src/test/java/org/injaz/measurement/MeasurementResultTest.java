package org.injaz.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.injaz.entity.NominatingEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasurementResultTest {

	private static final LocalDate MEASURED_AT = LocalDate.of(2016, 11, 30);

	private final NominatingEntity makkah = new NominatingEntity("إمارة منطقة مكة المكرمة", "Emirate of Makkah Region",
			NominatingEntity.Type.GOVERNMENT);

	@Test
	void keepsEachStagePercentageTheOverallAndTheRank() {
		MeasurementResult result = new MeasurementResult(this.makkah, 7, MEASURED_AT, pct("72.3"), pct("65.80"),
				pct("70.12"), pct("10.4"), pct("54.66"), 156);

		assertThat(result.getEntity()).isSameAs(this.makkah);
		assertThat(result.getRound()).isEqualTo(7);
		assertThat(result.getMeasuredAt()).isEqualTo(MEASURED_AT);
		assertThat(result.percentage(MeasurementStage.BUILD)).isEqualTo(pct("72.30"));
		assertThat(result.percentage(MeasurementStage.AVAILABILITY)).isEqualTo(pct("65.80"));
		assertThat(result.percentage(MeasurementStage.EXCELLENCE_AND_IMPROVEMENT)).isEqualTo(pct("70.12"));
		assertThat(result.percentage(MeasurementStage.INTEGRATION)).isEqualTo(pct("10.40"));
		assertThat(result.getExcellencePct()).isEqualTo(pct("70.12"));
		assertThat(result.getOverallPct()).isEqualTo(pct("54.66"));
		assertThat(result.getRank()).isEqualTo(156);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "100", "100.00", "1E+2" })
	void acceptsTheBoundsOfZeroAndHundred(String bound) {
		MeasurementResult result = withStage(MeasurementStage.INTEGRATION, pct(bound));

		assertThat(result.getIntegrationPct()).isEqualByComparingTo(bound).hasScaleOf(2);
	}

	@ParameterizedTest
	@EnumSource(MeasurementStage.class)
	void refusesAStagePercentageBelowZero(MeasurementStage stage) {
		assertThatIllegalArgumentException().isThrownBy(() -> withStage(stage, pct("-0.01")))
			.withMessageStartingWith(stage.nameEn())
			.withMessageContaining("between 0 and 100");
	}

	@ParameterizedTest
	@EnumSource(MeasurementStage.class)
	void refusesAStagePercentageAboveHundred(MeasurementStage stage) {
		assertThatIllegalArgumentException().isThrownBy(() -> withStage(stage, pct("100.01")))
			.withMessageStartingWith(stage.nameEn())
			.withMessageContaining("100.01");
	}

	@ParameterizedTest
	@EnumSource(MeasurementStage.class)
	void refusesAMissingStagePercentage(MeasurementStage stage) {
		assertThatIllegalArgumentException().isThrownBy(() -> withStage(stage, null)).withMessageContaining("missing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "101", "250" })
	void refusesAnOverallPercentageOutsideZeroToHundred(String overall) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeasurementResult(this.makkah, 7, MEASURED_AT, pct("50"), pct("50"), pct("50"),
					pct("50"), pct(overall), 1))
			.withMessageStartingWith("Overall");
	}

	@Test
	void refusesMoreThanTwoDecimalsRatherThanRoundingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> withStage(MeasurementStage.BUILD, pct("70.125")))
			.withMessageContaining("two decimals");
		assertThat(withStage(MeasurementStage.BUILD, pct("70.1200")).getBuildPct()).isEqualTo(pct("70.12"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void refusesARankBelowOne(int rank) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeasurementResult(this.makkah, 7, MEASURED_AT, pct("50"), pct("50"), pct("50"),
					pct("50"), pct("50"), rank))
			.withMessageContaining("rank");
	}

	@Test
	void rankOneIsTheTop() {
		assertThat(new MeasurementResult(this.makkah, 7, MEASURED_AT, pct("99"), pct("99"), pct("99"), pct("99"),
				pct("99"), 1)
			.getRank()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -7 })
	void refusesARoundBelowOne(int round) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeasurementResult(this.makkah, round, MEASURED_AT, pct("50"), pct("50"), pct("50"),
					pct("50"), pct("50"), 1))
			.withMessageContaining("round");
	}

	@Test
	void needsAnEntityAndADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasurementResult(null, 7, MEASURED_AT, pct("50"),
				pct("50"), pct("50"), pct("50"), pct("50"), 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasurementResult(this.makkah, 7, null, pct("50"),
				pct("50"), pct("50"), pct("50"), pct("50"), 1));
	}

	@Test
	void stagesHaveTheirArabicNamesInMeasurementOrder() {
		assertThat(MeasurementStage.values()).extracting(MeasurementStage::nameAr)
			.containsExactly("البناء", "الإتاحة", "التميز والتحسين", "التكامل");
	}

	private MeasurementResult withStage(MeasurementStage stage, BigDecimal value) {
		BigDecimal fifty = pct("50");
		return new MeasurementResult(this.makkah, 7, MEASURED_AT, (stage == MeasurementStage.BUILD) ? value : fifty,
				(stage == MeasurementStage.AVAILABILITY) ? value : fifty,
				(stage == MeasurementStage.EXCELLENCE_AND_IMPROVEMENT) ? value : fifty,
				(stage == MeasurementStage.INTEGRATION) ? value : fifty, fifty, 100);
	}

	private static BigDecimal pct(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
