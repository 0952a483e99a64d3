package org.injaz.nomination.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.injaz.nomination.DraftContent;
import org.injaz.nomination.EntityType;

/**
 * A nominee's submission. Programme and edition default to the Achievement Award's open
 * edition.
 */
record SubmitNominationRequest(@Size(max = 20) String programmeCode, Integer editionNumber,
		@NotBlank @Size(max = 20) String branchCode, @NotBlank @Size(max = 300) String entityName,
		@NotNull EntityType entityType, @NotBlank @Size(max = 300) String title, @Size(max = 4000) String summary,
		@Size(max = 1000) @Pattern(regexp = "https?://\\S+",
				message = "{injaz.validation.httpAddress}") String serviceUrl,
		@Size(max = 10) List<@NotBlank @Size(max = 300) String> partnerEntities) {

	DraftContent content() {
		return new DraftContent(this.programmeCode, this.editionNumber, this.branchCode, this.entityName,
				this.entityType, this.title, this.summary, this.serviceUrl, this.partnerEntities);
	}

}
