package org.injaz.edition;

/**
 * What an admin gives to define one criterion of a branch; the branch checks the set.
 *
 * @param code stable identifier, unique within the branch, e.g.
 * {@code BENEFICIARY_IMPACT}
 * @param nameAr Arabic name shown to reviewers
 * @param nameEn English name shown to reviewers
 * @param weight share of the weighted score, in percent of the branch's 100
 */
public record CriterionSpec(String code, String nameAr, String nameEn, int weight) {

	public CriterionSpec {
		requireText(code, "code");
		requireText(nameAr, "nameAr");
		requireText(nameEn, "nameEn");
		if (weight <= 0) {
			throw new IllegalArgumentException("Criterion " + code + " needs a positive weight, got " + weight);
		}
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A criterion needs " + field);
		}
	}

}
