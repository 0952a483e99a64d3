package org.injaz.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.injaz.entity.NominatingEntities;
import org.injaz.entity.NominatingEntity;
import org.injaz.entity.NominatingEntity.Type;
import org.injaz.measurement.MeasurementResult;
import org.injaz.measurement.MeasurementResults;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating entities (real Saudi bodies, by name only) and plausible results of the
 * seventh transformation measurement. The demo nominations use the same names. The
 * National Competitiveness Centre has no measurement on purpose: it was founded after the
 * seventh round, so an e-Leadership nomination from it needs screening.
 */
@Component
class DemoEntities {

	/** The "seventh measurement" report (تقرير القياس السابع). */
	static final int SEVENTH_ROUND = 7;

	private static final LocalDate SEVENTH_MEASURED_AT = LocalDate.of(2016, 11, 30);

	private static final LocalDate SIXTH_MEASURED_AT = LocalDate.of(2015, 11, 30);

	private final NominatingEntities entities;

	private final MeasurementResults measurements;

	DemoEntities(NominatingEntities entities, MeasurementResults measurements) {
		this.entities = entities;
		this.measurements = measurements;
	}

	/** Runs inside the caller's first-run seeding, so all or nothing is stored. */
	@Transactional(propagation = Propagation.MANDATORY)
	void seed() {
		NominatingEntity interior = entity("وزارة الداخلية", "Ministry of Interior", Type.GOVERNMENT);
		NominatingEntity commerce = entity("وزارة التجارة", "Ministry of Commerce", Type.GOVERNMENT);
		NominatingEntity justice = entity("وزارة العدل", "Ministry of Justice", Type.GOVERNMENT);
		NominatingEntity health = entity("وزارة الصحة", "Ministry of Health", Type.GOVERNMENT);
		NominatingEntity makkah = entity("إمارة منطقة مكة المكرمة", "Emirate of Makkah Region", Type.GOVERNMENT);
		NominatingEntity saudiPost = entity("البريد السعودي", "Saudi Post", Type.SEMI_GOVERNMENT);
		entity("المركز الوطني للتنافسية", "National Competitiveness Centre", Type.SEMI_GOVERNMENT);
		entity("شركة تقنية خاصة", "A private technology company", Type.PRIVATE);

		seventh(interior, "98.50", "96.20", "91.75", "88.40", "93.71", 2);
		seventh(commerce, "95.00", "92.30", "86.10", "80.25", "88.41", 9);
		seventh(justice, "93.80", "90.60", "83.90", "77.45", "86.44", 14);
		measured(health, 6, SIXTH_MEASURED_AT, "84.00", "78.50", "61.20", "50.10", "68.45", 63);
		seventh(health, "90.10", "85.40", "74.60", "62.30", "78.10", 41);
		// As reported for the Emirate of Makkah: 70.12% in Excellence & Improvement, up
		// on the year before.
		measured(makkah, 6, SIXTH_MEASURED_AT, "66.10", "58.20", "61.35", "6.80", "48.11", 171);
		seventh(makkah, "72.30", "65.80", "70.12", "10.40", "54.66", 156);
		seventh(saudiPost, "55.20", "41.75", "38.60", "12.50", "37.01", 168);
	}

	private NominatingEntity entity(String nameAr, String nameEn, Type type) {
		return this.entities.save(new NominatingEntity(nameAr, nameEn, type));
	}

	private void seventh(NominatingEntity entity, String build, String availability, String excellence,
			String integration, String overall, int rank) {
		measured(entity, SEVENTH_ROUND, SEVENTH_MEASURED_AT, build, availability, excellence, integration, overall,
				rank);
	}

	private void measured(NominatingEntity entity, int round, LocalDate measuredAt, String build, String availability,
			String excellence, String integration, String overall, int rank) {
		this.measurements
			.save(new MeasurementResult(entity, round, measuredAt, new BigDecimal(build), new BigDecimal(availability),
					new BigDecimal(excellence), new BigDecimal(integration), new BigDecimal(overall), rank));
	}

}
