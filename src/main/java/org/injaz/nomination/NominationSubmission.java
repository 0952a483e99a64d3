package org.injaz.nomination;

/**
 * What a nominee submits: the edition and branch, who nominates, and the service put
 * forward.
 */
public record NominationSubmission(String programmeCode, int editionNumber, String branchCode, String nominee,
		String entityName, EntityType entityType, String title, String summary, String serviceUrl) {

	public NominationSubmission {
		requireText(programmeCode, "programmeCode");
		requireText(branchCode, "branchCode");
		requireText(nominee, "nominee");
		requireText(entityName, "entityName");
		requireText(title, "title");
		if (entityType == null) {
			throw new InvalidSubmissionException(
					java.util.List.of(InvalidSubmissionException.FieldProblem.required("entityType")));
		}
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidSubmissionException(
					java.util.List.of(InvalidSubmissionException.FieldProblem.required(field)));
		}
	}

}
