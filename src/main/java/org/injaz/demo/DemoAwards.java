package org.injaz.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.injaz.edition.AwardProgramme;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Branch;
import org.injaz.edition.CriterionSpec;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.NominatorKind;
import org.injaz.edition.process.EditionLifecycle;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award configuration of the demo: the Achievement Award with its seven branches
 * (DOMAIN.md) and a fourth edition whose window is open now, the Arab Smart Government
 * Shield with two categories and a first open edition, each branch with weighted
 * criteria; plus the nominating entities and their measurement results.
 */
@Component
class DemoAwards {

	static final String ACHIEVEMENT_AWARD = "ACH";

	static final int OPEN_EDITION = 4;

	static final String SMART_GOVERNMENT_SHIELD = "SHIELD";

	static final int SHIELD_OPEN_EDITION = 1;

	private final AwardProgrammes programmes;

	private final Editions editions;

	private final DemoEntities entities;

	private final Clock clock;

	private final EditionLifecycle editionLifecycle;

	DemoAwards(AwardProgrammes programmes, Editions editions, DemoEntities entities, Clock clock,
			EditionLifecycle editionLifecycle) {
		this.programmes = programmes;
		this.editions = editions;
		this.entities = entities;
		this.clock = clock;
		this.editionLifecycle = editionLifecycle;
	}

	/**
	 * On first run (no Achievement Award yet) creates both programmes with their open
	 * editions, the entities and their measurements, in one transaction; tells whether it
	 * created them.
	 */
	@Transactional
	boolean ensureAchievementAward() {
		if (this.programmes.findByCode(ACHIEVEMENT_AWARD).isPresent()) {
			return false;
		}
		Instant now = this.clock.instant();
		AwardProgramme award = this.programmes.save(achievementAward());
		this.editionLifecycle
			.startFor(this.editions.save(new Edition(award, OPEN_EDITION, now.minus(Duration.ofDays(30)),
					now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(120)))));
		AwardProgramme shield = this.programmes.save(smartGovernmentShield());
		this.editionLifecycle
			.startFor(this.editions.save(new Edition(shield, SHIELD_OPEN_EDITION, now.minus(Duration.ofDays(10)),
					now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(75)), now.plus(Duration.ofDays(100)))));
		this.entities.seed();
		return true;
	}

	static AwardProgramme achievementAward() {
		AwardProgramme award = new AwardProgramme(ACHIEVEMENT_AWARD, "جائزة الإنجاز للتعاملات الإلكترونية الحكومية",
				"Achievement Award for Government e-Transactions");
		Branch g2c = award.addBranch("G2C", "تقديم خدمة أفضل لأفراد المجتمع (حكومة - أفراد)",
				"Better service to members of society (government-to-individuals)", NominatorKind.ENTITY);
		g2c.defineCriteria(
				List.of(criterion("BENEFICIARY_IMPACT", 30, "أثر الخدمة على المستفيدين", "Impact on beneficiaries"),
						criterion("EASE_OF_USE", 25, "سهولة الاستخدام وإمكانية الوصول",
								"Ease of use and accessibility"),
						criterion("SERVICE_TIME", 20, "تقليص زمن تقديم الخدمة", "Reduction of service time"),
						criterion("ONCE_ONLY", 15, "التكامل وعدم تكرار طلب البيانات من المستفيد",
								"Integration: the beneficiary gives data only once"),
						criterion("INNOVATION", 10, "الابتكار", "Innovation")));
		Branch g2b = award.addBranch("G2B", "تعزيز الاقتصاد الوطني (حكومة - أعمال)",
				"Strengthening the national economy (government-to-business)", NominatorKind.ENTITY);
		g2b.defineCriteria(List.of(
				criterion("BUSINESS_IMPACT", 30, "الأثر على قطاع الأعمال والاقتصاد الوطني",
						"Impact on business and the national economy"),
				criterion("SIMPLER_PROCEDURES", 25, "تبسيط الإجراءات وخفض تكلفتها على المنشآت",
						"Simpler, cheaper procedures for businesses"),
				criterion("SERVICE_TIME", 20, "تقليص زمن تقديم الخدمة", "Reduction of service time"),
				criterion("ONCE_ONLY", 15, "التكامل مع الجهات الأخرى وعدم تكرار طلب البيانات",
						"Integration with other entities: data asked only once"),
				criterion("BEST_PRACTICE", 10, "تبني المعايير والممارسات العالمية",
						"Adoption of international standards and best practice")));
		Branch g2g = award.addBranch("G2G", "التعاون بين الجهات الحكومية (حكومة - حكومة)",
				"Cooperation between government entities", NominatorKind.ENTITY);
		g2g.defineCriteria(List.of(
				criterion("DATA_EXCHANGE", 30, "تبادل البيانات والتكامل بين الجهات",
						"Data exchange and integration between entities"),
				criterion("SERVICE_OUTCOME", 25, "أثر التعاون على الخدمة المقدمة للمستفيد",
						"Effect of the cooperation on the service to beneficiaries"),
				criterion("PARTNERSHIP_GOVERNANCE", 20, "حوكمة الشراكة ووضوح الأدوار",
						"Governance of the partnership and clear roles"),
				criterion("INFORMATION_SECURITY", 15, "أمن المعلومات وحماية البيانات",
						"Information security and data protection"),
				criterion("REUSABILITY", 10, "قابلية التعميم على جهات أخرى", "Reusability by other entities")));
		Branch epart = award.addBranch("EPART", "المشاركة المجتمعية الإلكترونية (صوت المستفيد)",
				"e-Participation, voice of the beneficiary", NominatorKind.ENTITY);
		epart.defineCriteria(List.of(
				criterion("CO_DESIGN", 30, "إشراك المستفيدين في تصميم الخدمات",
						"Beneficiaries take part in designing services"),
				criterion("FEEDBACK_ACTED_ON", 25, "الاستجابة لملاحظات المستفيدين والعمل بها",
						"Feedback answered and acted on"),
				criterion("CHANNELS", 20, "قنوات التواصل الرسمية (البريد الإلكتروني والرسائل النصية)",
						"Official channels (e-mail and SMS)"),
				criterion("TRANSPARENCY", 15, "نشر النتائج والشفافية", "Published results and transparency"),
				criterion("AWARENESS", 10, "التوعية بالخدمات الإلكترونية", "Awareness of e-services")));
		Branch mobile = award.addBranch("MOBILE", "الخدمات الإلكترونية عبر الأجهزة الذكية",
				"e-Services on smart devices", NominatorKind.ENTITY);
		mobile.defineCriteria(List.of(
				criterion("USER_EXPERIENCE", 30, "تجربة المستخدم على الأجهزة الذكية",
						"User experience on smart devices"),
				criterion("SERVICE_COVERAGE", 25, "شمولية الخدمات المتاحة عبر التطبيق",
						"Share of services available in the app"),
				criterion("ACCESSIBILITY", 20, "إمكانية الوصول لجميع الفئات", "Accessibility for everyone"),
				criterion("SECURITY_PRIVACY", 15, "أمن المعلومات والخصوصية", "Information security and privacy"),
				criterion("ADOPTION", 10, "معدلات الاستخدام وتقييم المستفيدين", "Adoption and user ratings")));
		Branch indiv = award.addBranch("INDIV", "الإسهام الإلكتروني للأفراد", "Individuals' e-contribution",
				NominatorKind.INDIVIDUAL);
		indiv.defineCriteria(List.of(criterion("CREATIVITY", 35, "الإبداع والأصالة", "Creativity and originality"),
				criterion("EXPECTED_IMPACT", 30, "الأثر المتوقع على جودة الخدمات الحكومية",
						"Expected impact on the quality of government services"),
				criterion("FEASIBILITY", 25, "قابلية التطبيق", "Feasibility"),
				criterion("CLARITY", 10, "وضوح عرض الفكرة", "Clarity of the proposal")));
		Branch lead = award.addBranch("LEAD", "الريادة الإلكترونية", "e-Leadership", NominatorKind.ENTITY);
		lead.defineCriteria(List.of(
				criterion("MEASUREMENT_RESULT", 40, "نتيجة قياس التحول إلى التعاملات الإلكترونية الحكومية",
						"Result in the transformation measurement"),
				criterion("TRANSFORMATION_PLAN", 20, "خطة التحول ووجود إدارة للتطوير الإداري",
						"Transformation plan and a unit for administrative development"),
				criterion("SERVICE_INVENTORY", 15, "حصر الخدمات وتحديثه بشكل دوري",
						"Regularly updated inventory of services"),
				criterion("DATA_ANALYSIS", 15, "الاستفادة من تحليل بيانات الخدمات", "Use of service data analysis"),
				criterion("CAPABILITIES", 10, "بناء القدرات والتدريب في أمن المعلومات",
						"Capacity building and information-security training")));
		award.getBranches().forEach((branch) -> branch.configureJudging(3, 1, 3));
		// e-Leadership honours the best performers in the measurement, not a single one.
		lead.configureJudging(3, 3, 3);
		return award;
	}

	static AwardProgramme smartGovernmentShield() {
		AwardProgramme shield = new AwardProgramme(SMART_GOVERNMENT_SHIELD, "درع الحكومة الذكية العربية",
				"Arab Smart Government Shield");
		Branch websites = shield.addBranch("WEB", "المواقع الإلكترونية الحكومية: نظام إدارة خدمة العملاء",
				"Government websites: customer-service management system", NominatorKind.ENTITY);
		websites.defineCriteria(List.of(
				criterion("CUSTOMER_JOURNEY", 30, "إدارة رحلة العميل ومتابعة الطلبات",
						"Customer journey and request tracking"),
				criterion("RESPONSE_TIME", 25, "سرعة الاستجابة وإغلاق الطلبات", "Response and resolution time"),
				criterion("CHANNEL_INTEGRATION", 20, "تكامل قنوات خدمة العملاء",
						"Integrated customer-service channels"),
				criterion("SATISFACTION", 15, "قياس رضا العملاء والعمل بنتائجه",
						"Customer satisfaction measured and acted on"),
				criterion("ACCESSIBILITY", 10, "إمكانية الوصول", "Accessibility")));
		Branch innovation = shield.addBranch("INNOV", "الابتكار الحكومي: أتمتة أعمال الرقابة الميدانية",
				"Government innovation: field inspection automation", NominatorKind.ENTITY);
		innovation.defineCriteria(List.of(
				criterion("INNOVATION", 30, "الابتكار والأصالة", "Innovation and originality"),
				criterion("INSPECTOR_EFFICIENCY", 25, "رفع كفاءة أعمال المراقبين الميدانيين",
						"Efficiency gained by field inspectors"),
				criterion("FIELD_DATA", 20, "جودة البيانات الميدانية وتحليلها", "Quality and analysis of field data"),
				criterion("COMPLIANCE_IMPACT", 15, "الأثر على الامتثال وجودة الخدمة",
						"Impact on compliance and service quality"),
				criterion("REUSABILITY", 10, "قابلية التعميم على جهات أخرى", "Reusability by other entities")));
		shield.getBranches().forEach((branch) -> branch.configureJudging(3, 1, 3));
		return shield;
	}

	private static CriterionSpec criterion(String code, int weight, String nameAr, String nameEn) {
		return new CriterionSpec(code, nameAr, nameEn, weight);
	}

}
