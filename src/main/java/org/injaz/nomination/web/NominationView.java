package org.injaz.nomination.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationStatus;

/**
 * A nomination as the API shows it. The outcome and score stay hidden from nominees until
 * the results are announced.
 */
public record NominationView(String reference, String programmeCode, int editionNumber, String branchCode,
		String branchNameAr, String branchNameEn, String nominee, String entityName, String entityType, String title,
		String summary, String serviceUrl, NominationStatus status, String outcome, BigDecimal score,
		Instant submittedAt, Instant updatedAt) {

	/** Whether the nominee may still withdraw it. */
	public boolean withdrawable() {
		return this.status.isWithdrawable();
	}

	static NominationView of(Nomination nomination, boolean staff) {
		boolean public_ = staff || nomination.getStatus() == NominationStatus.ANNOUNCED;
		return new NominationView(nomination.getReference(), nomination.getEdition().getProgramme().getCode(),
				nomination.getEdition().getNumber(), nomination.getBranch().getCode(),
				nomination.getBranch().getNameAr(), nomination.getBranch().getNameEn(), nomination.getNominee(),
				nomination.getEntityName(), nomination.getEntityType().name(), nomination.getTitle(),
				nomination.getSummary(), nomination.getServiceUrl(), nomination.getStatus(),
				(public_ && nomination.getOutcome() != null) ? nomination.getOutcome().name() : null,
				staff ? nomination.getScore() : null, nomination.getSubmittedAt(), nomination.getUpdatedAt());
	}

}
