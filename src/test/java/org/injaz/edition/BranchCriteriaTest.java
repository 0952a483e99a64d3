package org.injaz.edition;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class BranchCriteriaTest {

	private final AwardProgramme award = new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award");

	private final Branch g2c = this.award.addBranch("G2C", "حكومة - أفراد", "Government to individuals",
			NominatorKind.ENTITY);

	@Test
	void acceptsCriteriaWhoseWeightsAddUpToHundredInTheOrderGiven() {
		this.g2c.defineCriteria(List.of(spec("IMPACT", 30), spec("EASE", 25), spec("TIME", 20), spec("ONCE_ONLY", 15),
				spec("INNOVATION", 10)));

		assertThat(this.g2c.getCriteria()).extracting(Criterion::getCode, Criterion::getWeight, Criterion::getSortOrder)
			.containsExactly(tuple("IMPACT", 30, 1), tuple("EASE", 25, 2), tuple("TIME", 20, 3),
					tuple("ONCE_ONLY", 15, 4), tuple("INNOVATION", 10, 5));
		assertThat(this.g2c.getCriteria()).allSatisfy((criterion) -> {
			assertThat(criterion.getBranch()).isSameAs(this.g2c);
			assertThat(criterion.getNameAr()).isEqualTo("معيار " + criterion.getCode());
			assertThat(criterion.getNameEn()).isEqualTo("Criterion " + criterion.getCode());
		});
	}

	@Test
	void acceptsASingleCriterionOfHundred() {
		this.g2c.defineCriteria(List.of(spec("OVERALL", 100)));

		assertThat(this.g2c.getCriteria()).singleElement().extracting(Criterion::getWeight).isEqualTo(100);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 9, 11, 60 })
	void refusesWeightsThatDoNotAddUpToHundredAndKeepsTheOldOnes(int lastWeight) {
		this.g2c.defineCriteria(List.of(spec("IMPACT", 60), spec("EASE", 40)));
		int total = 90 + lastWeight;

		assertThatIllegalArgumentException().isThrownBy(
				() -> this.g2c.defineCriteria(List.of(spec("IMPACT", 50), spec("EASE", 40), spec("TIME", lastWeight))))
			.withMessageContaining("G2C")
			.withMessageContaining("add up to " + total);
		assertThat(this.g2c.getCriteria()).extracting(Criterion::getCode).containsExactly("IMPACT", "EASE");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -10 })
	void refusesACriterionWithoutPositiveWeightEvenIfTheSumIsHundred(int weight) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.g2c.defineCriteria(List.of(spec("IMPACT", 100 - weight), spec("EASE", weight))))
			.withMessageContaining("EASE")
			.withMessageContaining("positive weight");
		assertThat(this.g2c.getCriteria()).isEmpty();
	}

	@Test
	void refusesNoCriteria() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.g2c.defineCriteria(List.of()))
			.withMessageContaining("at least one criterion");
		assertThatIllegalArgumentException().isThrownBy(() -> this.g2c.defineCriteria(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.g2c.defineCriteria(Arrays.asList(spec("IMPACT", 100), null)));
	}

	@Test
	void refusesTheSameCodeTwiceWhateverItsCase() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.g2c.defineCriteria(List.of(spec("IMPACT", 50), spec("impact", 50))))
			.withMessageContaining("more than once");
		assertThat(this.g2c.getCriteria()).isEmpty();
	}

	@Test
	void refusesACriterionWithoutCodeOrNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionSpec(" ", "أثر", "Impact", 10))
			.withMessageContaining("code");
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionSpec("IMPACT", null, "Impact", 10))
			.withMessageContaining("nameAr");
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionSpec("IMPACT", "أثر", "", 10))
			.withMessageContaining("nameEn");
	}

	@Test
	void redefiningKeepsTheCriteriaWhoseCodeStaysAndDropsTheOthers() {
		this.g2c.defineCriteria(List.of(spec("IMPACT", 60), spec("EASE", 30), spec("TIME", 10)));
		Criterion impact = this.g2c.getCriteria().get(0);

		this.g2c.defineCriteria(List.of(spec("INNOVATION", 20), spec("IMPACT", 80)));

		assertThat(this.g2c.getCriteria()).extracting(Criterion::getCode, Criterion::getWeight, Criterion::getSortOrder)
			.containsExactly(tuple("INNOVATION", 20, 1), tuple("IMPACT", 80, 2));
		assertThat(this.g2c.getCriteria().get(1)).isSameAs(impact);
	}

	@Test
	void judgingDefaultsToThreeReviewersOneWinnerAndThreeFinalists() {
		assertThat(this.g2c.getReviewersPerNomination()).isEqualTo(3);
		assertThat(this.g2c.getMaxWinners()).isEqualTo(1);
		assertThat(this.g2c.getMaxFinalists()).isEqualTo(3);
	}

	@Test
	void configuresJudging() {
		this.g2c.configureJudging(5, 3, 0);

		assertThat(this.g2c.getReviewersPerNomination()).isEqualTo(5);
		assertThat(this.g2c.getMaxWinners()).isEqualTo(3);
		assertThat(this.g2c.getMaxFinalists()).isZero();
	}

	@Test
	void refusesJudgingWithoutReviewersOrWinnersOrWithNegativeFinalists() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.g2c.configureJudging(0, 1, 3))
			.withMessageContaining("reviewer");
		assertThatIllegalArgumentException().isThrownBy(() -> this.g2c.configureJudging(3, 0, 3))
			.withMessageContaining("winner");
		assertThatIllegalArgumentException().isThrownBy(() -> this.g2c.configureJudging(3, 1, -1))
			.withMessageContaining("finalists");
		assertThat(this.g2c.getReviewersPerNomination()).isEqualTo(3);
		assertThat(this.g2c.getMaxWinners()).isEqualTo(1);
		assertThat(this.g2c.getMaxFinalists()).isEqualTo(3);
	}

	private static CriterionSpec spec(String code, int weight) {
		return new CriterionSpec(code, "معيار " + code, "Criterion " + code, weight);
	}

}
