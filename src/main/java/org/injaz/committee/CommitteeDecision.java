package org.injaz.committee;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.injaz.nomination.NominationOutcome;

/**
 * The chair's final decision on a branch of an edition: one outcome per candidate. Made
 * once; public only after the edition is announced.
 */
@Entity
public class CommitteeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private Long branchId;

	private String chair;

	private Instant decidedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_decision_outcome", joinColumns = @JoinColumn(name = "decision_id"))
	@MapKeyColumn(name = "nomination_reference")
	@Column(name = "outcome")
	@Enumerated(EnumType.STRING)
	private Map<String, NominationOutcome> outcomes = new LinkedHashMap<>();

	protected CommitteeDecision() {
	}

	CommitteeDecision(Long editionId, Long branchId, String chair, Map<String, NominationOutcome> outcomes,
			Instant decidedAt) {
		this.editionId = editionId;
		this.branchId = branchId;
		this.chair = chair;
		this.outcomes.putAll(outcomes);
		this.decidedAt = decidedAt;
	}

	public String getChair() {
		return this.chair;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Map<String, NominationOutcome> getOutcomes() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.outcomes));
	}

}
