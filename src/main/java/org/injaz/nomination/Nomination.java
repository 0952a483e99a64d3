package org.injaz.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.injaz.edition.Branch;
import org.injaz.edition.Edition;

/**
 * A nomination to one branch of one edition: the case. It guards its own status changes.
 */
@Entity
public class Nomination {

	private static final Set<NominationStatus> DECIDABLE = EnumSet.of(NominationStatus.IN_REVIEW,
			NominationStatus.AWAITING_COMMITTEE);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "branch_id")
	private Branch branch;

	private String nominee;

	private String entityName;

	@Enumerated(EnumType.STRING)
	private EntityType entityType;

	private String title;

	private String summary;

	private String serviceUrl;

	@Enumerated(EnumType.STRING)
	private NominationStatus status;

	@Enumerated(EnumType.STRING)
	private NominationOutcome outcome;

	private BigDecimal score;

	private Instant submittedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Nomination() {
	}

	Nomination(String reference, Edition edition, Branch branch, NominationSubmission submission, Instant now) {
		this.reference = reference;
		this.edition = edition;
		this.branch = branch;
		this.nominee = submission.nominee();
		this.entityName = submission.entityName();
		this.entityType = submission.entityType();
		this.title = submission.title();
		this.summary = submission.summary();
		this.serviceUrl = submission.serviceUrl();
		this.status = NominationStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void moveTo(NominationStatus next, Instant now) {
		if (this.status.isFinal()) {
			throw new IllegalStateException("Nomination " + this.reference + " is already " + this.status);
		}
		this.status = next;
		this.updatedAt = now;
	}

	void recordScore(BigDecimal score, Instant now) {
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("A score lies between 0 and 100, got " + score);
		}
		this.score = score;
		this.updatedAt = now;
	}

	void decide(NominationOutcome outcome, Instant now) {
		if (!DECIDABLE.contains(this.status)) {
			throw new IllegalStateException("Nomination " + this.reference + " cannot be decided while " + this.status);
		}
		this.outcome = outcome;
		this.status = NominationStatus.DECIDED;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public Edition getEdition() {
		return this.edition;
	}

	public Branch getBranch() {
		return this.branch;
	}

	public String getNominee() {
		return this.nominee;
	}

	public String getEntityName() {
		return this.entityName;
	}

	public EntityType getEntityType() {
		return this.entityType;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getServiceUrl() {
		return this.serviceUrl;
	}

	public NominationStatus getStatus() {
		return this.status;
	}

	public NominationOutcome getOutcome() {
		return this.outcome;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
