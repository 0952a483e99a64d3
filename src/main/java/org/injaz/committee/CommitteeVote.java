package org.injaz.committee;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.injaz.nomination.NominationOutcome;

/**
 * What one committee member recommends for one nomination of a branch.
 */
@Entity
public class CommitteeVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private Long branchId;

	private String member;

	private String nominationReference;

	@Enumerated(EnumType.STRING)
	private NominationOutcome outcome;

	private Instant castAt;

	protected CommitteeVote() {
	}

	CommitteeVote(Long editionId, Long branchId, String member, String nominationReference, NominationOutcome outcome,
			Instant castAt) {
		this.editionId = editionId;
		this.branchId = branchId;
		this.member = member;
		this.nominationReference = nominationReference;
		this.outcome = outcome;
		this.castAt = castAt;
	}

	public String getMember() {
		return this.member;
	}

	public String getNominationReference() {
		return this.nominationReference;
	}

	public NominationOutcome getOutcome() {
		return this.outcome;
	}

	public Instant getCastAt() {
		return this.castAt;
	}

}
