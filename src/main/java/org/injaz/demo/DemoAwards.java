package org.injaz.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.injaz.edition.AwardProgramme;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Edition;
import org.injaz.edition.Editions;
import org.injaz.edition.NominatorKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Achievement Award with its seven branches (DOMAIN.md) and a fourth edition whose
 * window is open now.
 */
@Component
class DemoAwards {

	static final String ACHIEVEMENT_AWARD = "ACH";

	static final int OPEN_EDITION = 4;

	private final AwardProgrammes programmes;

	private final Editions editions;

	private final Clock clock;

	DemoAwards(AwardProgrammes programmes, Editions editions, Clock clock) {
		this.programmes = programmes;
		this.editions = editions;
		this.clock = clock;
	}

	/**
	 * Creates the programme and its open edition unless they exist; tells whether it
	 * created them.
	 */
	@Transactional
	boolean ensureAchievementAward() {
		if (this.programmes.findByCode(ACHIEVEMENT_AWARD).isPresent()) {
			return false;
		}
		AwardProgramme award = new AwardProgramme(ACHIEVEMENT_AWARD, "جائزة الإنجاز للتعاملات الإلكترونية الحكومية",
				"Achievement Award for Government e-Transactions");
		award.addBranch("G2C", "تقديم خدمة أفضل لأفراد المجتمع (حكومة - أفراد)",
				"Better service to members of society (government-to-individuals)", NominatorKind.ENTITY);
		award.addBranch("G2B", "تعزيز الاقتصاد الوطني (حكومة - أعمال)",
				"Strengthening the national economy (government-to-business)", NominatorKind.ENTITY);
		award.addBranch("G2G", "التعاون بين الجهات الحكومية (حكومة - حكومة)", "Cooperation between government entities",
				NominatorKind.ENTITY);
		award.addBranch("EPART", "المشاركة المجتمعية الإلكترونية (صوت المستفيد)",
				"e-Participation, voice of the beneficiary", NominatorKind.ENTITY);
		award.addBranch("MOBILE", "الخدمات الإلكترونية عبر الأجهزة الذكية", "e-Services on smart devices",
				NominatorKind.ENTITY);
		award.addBranch("INDIV", "الإسهام الإلكتروني للأفراد", "Individuals' e-contribution", NominatorKind.INDIVIDUAL);
		award.addBranch("LEAD", "الريادة الإلكترونية", "e-Leadership", NominatorKind.ENTITY);
		this.programmes.save(award);
		Instant now = this.clock.instant();
		this.editions.save(new Edition(award, OPEN_EDITION, now.minus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(120))));
		return true;
	}

}
