package org.injaz.nomination.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.injaz.nomination.DraftContent;
import org.injaz.nomination.InvalidSubmissionException.FieldProblem;
import org.injaz.nomination.NominationDraft;

/**
 * A draft as the API shows it, with the required fields still missing before it can be
 * submitted.
 */
record DraftView(UUID id, long version, String status, String programmeCode, Integer editionNumber, String branchCode,
		String entityName, String entityType, String title, String summary, String serviceUrl,
		List<String> partnerEntities, List<String> missingFields, String nominationReference, Instant createdAt,
		Instant updatedAt) {

	static DraftView of(NominationDraft draft) {
		DraftContent content = draft.content();
		return new DraftView(draft.getId(), draft.getVersion(), draft.isSubmitted() ? "SUBMITTED" : "DRAFT",
				content.programmeCode(), content.editionNumber(), content.branchCode(), content.entityName(),
				(content.entityType() != null) ? content.entityType().name() : null, content.title(), content.summary(),
				content.serviceUrl(), content.partnerEntities(),
				content.missingFields().stream().map(FieldProblem::field).toList(), draft.getNominationReference(),
				draft.getCreatedAt(), draft.getUpdatedAt());
	}

}
