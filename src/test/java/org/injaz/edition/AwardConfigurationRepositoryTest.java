package org.injaz.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.injaz.entity.NominatingEntities;
import org.injaz.entity.NominatingEntity;
import org.injaz.measurement.MeasurementResult;
import org.injaz.measurement.MeasurementResults;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The award configuration against the schema Flyway builds, with Hibernate validating the
 * mappings ({@code ddl-auto: validate}). The slice replaces the file database of the
 * embedded default with a private in-memory H2, so a running app or another test run
 * cannot share or lock it.
 */
@DataJpaTest
class AwardConfigurationRepositoryTest {

	@Autowired
	private AwardProgrammes programmes;

	@Autowired
	private NominatingEntities entities;

	@Autowired
	private MeasurementResults measurements;

	@Autowired
	private TestEntityManager em;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void flywayBuiltTheSchemaUpToTheAwardConfiguration() {
		assertThat(this.jdbc.queryForList(
				"select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"",
				String.class))
			.contains("1", "2");
	}

	@Test
	void storesAProgrammeWithBranchesCriteriaAndJudgingAndReadsThemBack() {
		AwardProgramme shield = new AwardProgramme("SHIELD", "درع الحكومة الذكية العربية",
				"Arab Smart Government Shield");
		Branch web = shield.addBranch("WEB", "المواقع الإلكترونية الحكومية: نظام إدارة خدمة العملاء",
				"Government websites: customer-service management system", NominatorKind.ENTITY);
		web.defineCriteria(List.of(new CriterionSpec("CUSTOMER_JOURNEY", "إدارة رحلة العميل", "Customer journey", 50),
				new CriterionSpec("RESPONSE_TIME", "سرعة الاستجابة", "Response time", 30),
				new CriterionSpec("ACCESSIBILITY", "إمكانية الوصول", "Accessibility", 20)));
		Branch innovation = shield.addBranch("INNOV", "الابتكار الحكومي: أتمتة أعمال الرقابة الميدانية",
				"Government innovation: field inspection automation", NominatorKind.ENTITY);
		innovation.defineCriteria(List.of(new CriterionSpec("INNOVATION", "الابتكار", "Innovation", 60),
				new CriterionSpec("EFFICIENCY", "الكفاءة", "Efficiency", 40)));
		innovation.configureJudging(5, 2, 4);
		this.programmes.saveAndFlush(shield);
		this.em.clear();

		AwardProgramme read = this.programmes.findByCode("SHIELD").orElseThrow();

		assertThat(read.getNameAr()).isEqualTo("درع الحكومة الذكية العربية");
		assertThat(read.getBranches())
			.extracting(Branch::getCode, Branch::getSortOrder, Branch::getReviewersPerNomination, Branch::getMaxWinners,
					Branch::getMaxFinalists)
			.containsExactly(tuple("WEB", 1, 3, 1, 3), tuple("INNOV", 2, 5, 2, 4));
		Branch readWeb = read.getBranches().get(0);
		assertThat(readWeb.getNameAr()).isEqualTo("المواقع الإلكترونية الحكومية: نظام إدارة خدمة العملاء");
		assertThat(readWeb.getCriteria()).extracting(Criterion::getCode, Criterion::getNameAr, Criterion::getWeight)
			.containsExactly(tuple("CUSTOMER_JOURNEY", "إدارة رحلة العميل", 50),
					tuple("RESPONSE_TIME", "سرعة الاستجابة", 30), tuple("ACCESSIBILITY", "إمكانية الوصول", 20));
	}

	@Test
	void redefinesStoredCriteriaKeepingThoseWhoseCodeStays() {
		AwardProgramme award = new AwardProgramme("ACH", "جائزة الإنجاز", "Achievement Award");
		award.addBranch("G2C", "حكومة - أفراد", "Government to individuals", NominatorKind.ENTITY)
			.defineCriteria(List.of(new CriterionSpec("IMPACT", "الأثر", "Impact", 70),
					new CriterionSpec("EASE", "السهولة", "Ease of use", 30)));
		this.programmes.saveAndFlush(award);
		Long impactId = award.getBranches().get(0).getCriteria().get(0).getId();
		this.em.clear();

		Branch g2c = this.programmes.findByCode("ACH").orElseThrow().getBranches().get(0);
		g2c.defineCriteria(List.of(new CriterionSpec("INNOVATION", "الابتكار", "Innovation", 40),
				new CriterionSpec("IMPACT", "أثر الخدمة", "Impact on beneficiaries", 60)));
		this.em.flush();
		this.em.clear();

		Branch read = this.programmes.findByCode("ACH").orElseThrow().getBranches().get(0);
		assertThat(read.getCriteria()).extracting(Criterion::getCode, Criterion::getNameEn, Criterion::getWeight)
			.containsExactly(tuple("INNOVATION", "Innovation", 40), tuple("IMPACT", "Impact on beneficiaries", 60));
		assertThat(read.getCriteria().get(1).getId()).isEqualTo(impactId);
		assertThat(this.jdbc.queryForObject("select count(*) from criterion", Integer.class)).isEqualTo(2);
	}

	@Test
	void latestMeasurementIsTheOneOfTheHighestRound() {
		NominatingEntity makkah = this.entities.save(new NominatingEntity("إمارة منطقة مكة المكرمة",
				"Emirate of Makkah Region", NominatingEntity.Type.GOVERNMENT));
		NominatingEntity post = this.entities
			.save(new NominatingEntity("البريد السعودي", "Saudi Post", NominatingEntity.Type.SEMI_GOVERNMENT));
		NominatingEntity competitiveness = this.entities.save(new NominatingEntity("المركز الوطني للتنافسية",
				"National Competitiveness Centre", NominatingEntity.Type.SEMI_GOVERNMENT));
		// Stored out of order on purpose: the query orders, not the insertion.
		this.measurements.save(result(makkah, 7, "70.12", 156));
		this.measurements.save(result(makkah, 5, "52.00", 190));
		this.measurements.save(result(makkah, 6, "61.35", 171));
		this.measurements.save(result(post, 8, "40.00", 160));
		this.measurements.flush();
		this.em.clear();

		MeasurementResult latest = this.measurements.findFirstByEntityIdOrderByRoundDesc(makkah.getId()).orElseThrow();

		assertThat(latest.getRound()).isEqualTo(7);
		assertThat(latest.getExcellencePct()).isEqualTo(new BigDecimal("70.12"));
		assertThat(latest.getRank()).isEqualTo(156);
		assertThat(latest.getEntity().getNameEn()).isEqualTo("Emirate of Makkah Region");
		assertThat(this.measurements.findFirstByEntityIdOrderByRoundDesc(competitiveness.getId())).isEmpty();
	}

	@Test
	void ranksOneRoundBestFirst() {
		NominatingEntity makkah = this.entities.save(new NominatingEntity("إمارة منطقة مكة المكرمة",
				"Emirate of Makkah Region", NominatingEntity.Type.GOVERNMENT));
		NominatingEntity interior = this.entities
			.save(new NominatingEntity("وزارة الداخلية", "Ministry of Interior", NominatingEntity.Type.GOVERNMENT));
		this.measurements.save(result(makkah, 7, "70.12", 156));
		this.measurements.save(result(interior, 7, "91.75", 2));
		this.measurements.save(result(interior, 6, "88.00", 3));

		assertThat(this.measurements.findByRoundOrderByRankAsc(7)).extracting(MeasurementResult::getRank)
			.containsExactly(2, 156);
	}

	@Test
	void anEntityIsMeasuredOncePerRound() {
		NominatingEntity health = this.entities
			.save(new NominatingEntity("وزارة الصحة", "Ministry of Health", NominatingEntity.Type.GOVERNMENT));
		this.measurements.saveAndFlush(result(health, 7, "74.60", 41));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.measurements.saveAndFlush(result(health, 7, "75.00", 40)));
	}

	@Test
	void theEnglishNameOfAnEntityIsUnique() {
		this.entities
			.saveAndFlush(new NominatingEntity("وزارة العدل", "Ministry of Justice", NominatingEntity.Type.GOVERNMENT));
		assertThat(this.entities.findByNameEn("Ministry of Justice")).isPresent();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.entities.saveAndFlush(
				new NominatingEntity("وزارة العدل ٢", "Ministry of Justice", NominatingEntity.Type.GOVERNMENT)));
	}

	@Test
	void theEntityANominationNamesIsFoundInItsTextTheLongestNameFirst() {
		NominatingEntity health = this.entities
			.save(new NominatingEntity("وزارة الصحة", "Ministry of Health", NominatingEntity.Type.GOVERNMENT));
		NominatingEntity centre = this.entities.save(new NominatingEntity("مركز المعلومات الصحية",
				"Ministry of Health Information Centre", NominatingEntity.Type.GOVERNMENT));
		this.entities.flush();

		assertThat(this.entities.findNamedIn("وزارة الصحة · ministry of health")).contains(health);
		assertThat(this.entities.findNamedIn("the ministry of health information centre")).contains(centre);
		// By the Arabic name alone.
		assertThat(this.entities.findNamedIn("مركز المعلومات الصحية")).contains(centre);
		assertThat(this.entities.findNamedIn("ministry of culture")).isEmpty();
	}

	private static MeasurementResult result(NominatingEntity entity, int round, String excellence, int rank) {
		BigDecimal sixty = new BigDecimal("60.00");
		return new MeasurementResult(entity, round, LocalDate.of(2009 + round, 11, 30), sixty, sixty,
				new BigDecimal(excellence), sixty, sixty, rank);
	}

}
