package org.injaz.nomination.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A nominee's answer to the coordinator's question; G2G nominations may name their
 * partner entities here.
 */
record ClarificationAnswerRequest(@NotBlank @Size(max = 4000) String answer,
		@Size(max = 10) List<@NotBlank @Size(max = 300) String> partnerEntities) {
}
