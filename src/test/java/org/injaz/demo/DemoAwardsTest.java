package org.injaz.demo;

import java.util.stream.Stream;

import org.injaz.edition.AwardProgramme;
import org.injaz.edition.Branch;
import org.injaz.edition.Criterion;
import org.injaz.edition.NominatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAwardsTest {

	static Stream<Arguments> everyBranch() {
		return Stream.of(DemoAwards.achievementAward(), DemoAwards.smartGovernmentShield())
			.flatMap((programme) -> programme.getBranches().stream())
			.map((branch) -> Arguments.of(branch.getProgramme().getCode() + "-" + branch.getCode(), branch));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyBranch")
	void everyBranchHasThreeToFiveBilingualCriteriaWeighingHundred(String name, Branch branch) {
		assertThat(branch.getCriteria()).hasSizeBetween(3, 5);
		assertThat(branch.getCriteria().stream().mapToInt(Criterion::getWeight).sum()).isEqualTo(100);
		assertThat(branch.getCriteria()).allSatisfy((criterion) -> {
			assertThat(criterion.getNameAr()).isNotBlank().doesNotContainPattern("[A-Za-z]");
			assertThat(criterion.getNameEn()).isNotBlank().doesNotContainPattern("\\p{IsArabic}");
		});
		assertThat(branch.getReviewersPerNomination()).isEqualTo(3);
		assertThat(branch.getMaxFinalists()).isEqualTo(3);
	}

	@Test
	void achievementAwardHasTheSevenBranchesOfDomainWithThreeLeadershipWinners() {
		AwardProgramme award = DemoAwards.achievementAward();

		assertThat(award.getCode()).isEqualTo("ACH");
		assertThat(award.getBranches()).extracting(Branch::getCode)
			.containsExactly("G2C", "G2B", "G2G", "EPART", "MOBILE", "INDIV", "LEAD");
		assertThat(award.getBranches()).filteredOn((branch) -> branch.getNominatorKind() == NominatorKind.INDIVIDUAL)
			.extracting(Branch::getCode)
			.containsExactly("INDIV");
		assertThat(award.getBranches()).filteredOn((branch) -> branch.getMaxWinners() == 3)
			.extracting(Branch::getCode)
			.containsExactly("LEAD");
		assertThat(award.getBranches()).filteredOn((branch) -> !"LEAD".equals(branch.getCode()))
			.extracting(Branch::getMaxWinners)
			.containsOnly(1);
	}

	@Test
	void smartGovernmentShieldHasTwoEntityCategories() {
		AwardProgramme shield = DemoAwards.smartGovernmentShield();

		assertThat(shield.getCode()).isEqualTo("SHIELD");
		assertThat(shield.getNameAr()).isEqualTo("درع الحكومة الذكية العربية");
		assertThat(shield.getBranches()).extracting(Branch::getNameEn)
			.containsExactly("Government websites: customer-service management system",
					"Government innovation: field inspection automation");
		assertThat(shield.getBranches()).extracting(Branch::getNominatorKind).containsOnly(NominatorKind.ENTITY);
		assertThat(shield.getBranches()).extracting(Branch::getMaxWinners).containsOnly(1);
	}

}
