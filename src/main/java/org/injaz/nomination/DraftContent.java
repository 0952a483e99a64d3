package org.injaz.nomination;

import java.util.ArrayList;
import java.util.List;

import org.injaz.nomination.InvalidSubmissionException.FieldProblem;

/**
 * What a nominee fills in: the edition and branch, who nominates, and the service put
 * forward. A draft may leave any of it empty; a submission needs the required fields.
 * Partner entities name the other entities of a joint (G2G) nomination.
 */
public record DraftContent(String programmeCode, Integer editionNumber, String branchCode, String entityName,
		EntityType entityType, String title, String summary, String serviceUrl, List<String> partnerEntities) {

	/** What every submission must name, whatever the branch; the rest is optional. */
	public static final List<String> REQUIRED_FIELDS = List.of("branchCode", "entityName", "entityType", "title");

	public DraftContent {
		partnerEntities = (partnerEntities != null)
				? partnerEntities.stream().filter((name) -> name != null && !name.isBlank()).map(String::trim).toList()
				: List.of();
	}

	/** The required fields left empty, in form order; empty when it can be submitted. */
	public List<FieldProblem> missingFields() {
		List<FieldProblem> missing = new ArrayList<>();
		requireText(missing, "branchCode", this.branchCode);
		requireText(missing, "entityName", this.entityName);
		if (this.entityType == null) {
			missing.add(FieldProblem.required("entityType"));
		}
		requireText(missing, "title", this.title);
		return missing;
	}

	private static void requireText(List<FieldProblem> missing, String field, String value) {
		if (value == null || value.isBlank()) {
			missing.add(FieldProblem.required(field));
		}
	}

}
