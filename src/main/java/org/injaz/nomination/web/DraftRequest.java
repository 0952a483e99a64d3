package org.injaz.nomination.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.injaz.nomination.DraftContent;
import org.injaz.nomination.EntityType;

/**
 * A draft as the nominee saves it: every field may still be empty, none may be too long.
 */
record DraftRequest(@Size(max = 20) String programmeCode, Integer editionNumber, @Size(max = 20) String branchCode,
		@Size(max = 300) String entityName, EntityType entityType, @Size(max = 300) String title,
		@Size(max = 4000) String summary,
		@Size(max = 1000) @Pattern(regexp = "https?://\\S+",
				message = "{injaz.validation.httpAddress}") String serviceUrl,
		@Size(max = 10) List<@NotBlank @Size(max = 300) String> partnerEntities) {

	DraftContent content() {
		return new DraftContent(blankToNull(this.programmeCode), this.editionNumber, blankToNull(this.branchCode),
				this.entityName, this.entityType, this.title, this.summary, blankToNull(this.serviceUrl),
				this.partnerEntities);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
