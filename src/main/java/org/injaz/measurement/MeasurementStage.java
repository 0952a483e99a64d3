package org.injaz.measurement;

/**
 * The four stages of the transformation measurement (قياس التحول إلى التعاملات
 * الإلكترونية الحكومية), in the order an entity goes through them.
 */
public enum MeasurementStage {

	BUILD("البناء", "Build"),

	AVAILABILITY("الإتاحة", "Availability"),

	EXCELLENCE_AND_IMPROVEMENT("التميز والتحسين", "Excellence & Improvement"),

	INTEGRATION("التكامل", "Integration");

	private final String nameAr;

	private final String nameEn;

	MeasurementStage(String nameAr, String nameEn) {
		this.nameAr = nameAr;
		this.nameEn = nameEn;
	}

	public String nameAr() {
		return this.nameAr;
	}

	public String nameEn() {
		return this.nameEn;
	}

}
