package org.injaz.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.NaturalId;
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

	@NaturalId
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

	private BigDecimal medianScore;

	/**
	 * Partner entities of a joint nomination (G2G), by name as the nominee gave them;
	 * loaded with the nomination (one query for a whole list) because
	 * conflict-of-interest checks read them wherever a nomination is at hand.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "nomination_partner", joinColumns = @JoinColumn(name = "nomination_id"))
	@Column(name = "partner_name")
	@OrderColumn(name = "sort_order")
	private List<String> partnerEntities = new ArrayList<>();

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
		if (next == NominationStatus.WITHDRAWN) {
			withdraw(now);
			return;
		}
		if (next == NominationStatus.ANNOUNCED && this.status != NominationStatus.DECIDED) {
			throw new IllegalStateException(
					"Nomination " + this.reference + " cannot be announced while " + this.status);
		}
		if (this.status.isFinal()) {
			throw new IllegalStateException("Nomination " + this.reference + " is already " + this.status);
		}
		this.status = next;
		this.updatedAt = now;
	}

	/**
	 * The nominee withdraws: possible at any point before the committee decides, never
	 * after.
	 */
	public void withdraw(Instant now) {
		if (!isWithdrawable()) {
			throw new IllegalStateException("Nomination " + this.reference + " cannot be withdrawn: it is "
					+ this.status + (this.status == NominationStatus.DECIDED ? " (the committee has decided)" : ""));
		}
		this.status = NominationStatus.WITHDRAWN;
		this.updatedAt = now;
	}

	public boolean isWithdrawable() {
		return this.status.isWithdrawable();
	}

	/** Replaces the partner entities (G2G) with the given names, blanks dropped. */
	void definePartners(List<String> names, Instant now) {
		this.partnerEntities.clear();
		if (names != null) {
			names.stream()
				.filter((name) -> name != null && !name.isBlank())
				.map(String::strip)
				.distinct()
				.forEach(this.partnerEntities::add);
		}
		this.updatedAt = now;
	}

	/**
	 * The aggregated review scores: mean is the nomination's score, the median is kept.
	 */
	void recordScores(BigDecimal mean, BigDecimal median, Instant now) {
		checkScore(mean);
		checkScore(median);
		this.score = mean;
		this.medianScore = median;
		this.updatedAt = now;
	}

	private static void checkScore(BigDecimal score) {
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("A score lies between 0 and 100, got " + score);
		}
	}

	void recordScore(BigDecimal score, Instant now) {
		checkScore(score);
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

	public BigDecimal getMedianScore() {
		return this.medianScore;
	}

	public List<String> getPartnerEntities() {
		return List.copyOf(this.partnerEntities);
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
