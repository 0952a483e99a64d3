package org.injaz.edition;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A numbered edition (دورة) of an award programme with its nomination window and dates.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Edition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private AwardProgramme programme;

	private int number;

	private Instant nominationOpensAt;

	private Instant nominationClosesAt;

	private Instant reviewDeadline;

	private Instant ceremonyAt;

	private Instant announcedAt;

	protected Edition() {
	}

	public Edition(AwardProgramme programme, int number, Instant nominationOpensAt, Instant nominationClosesAt,
			Instant reviewDeadline, Instant ceremonyAt) {
		if (!nominationOpensAt.isBefore(nominationClosesAt)) {
			throw new IllegalArgumentException("The nomination window must open before it closes");
		}
		if (reviewDeadline.isBefore(nominationClosesAt) || ceremonyAt.isBefore(reviewDeadline)) {
			throw new IllegalArgumentException("Review deadline and ceremony must follow the nomination window");
		}
		this.programme = programme;
		this.number = number;
		this.nominationOpensAt = nominationOpensAt;
		this.nominationClosesAt = nominationClosesAt;
		this.reviewDeadline = reviewDeadline;
		this.ceremonyAt = ceremonyAt;
	}

	public boolean acceptsNominationsAt(Instant instant) {
		return !instant.isBefore(this.nominationOpensAt) && instant.isBefore(this.nominationClosesAt);
	}

	/**
	 * Makes the edition's outcomes public; until then results are the committee's alone.
	 * An edition is announced once.
	 */
	public void announce(Instant now) {
		if (this.announcedAt != null) {
			throw new IllegalStateException("Edition " + this.number + " of " + this.programme.getCode()
					+ " was already announced at " + this.announcedAt);
		}
		this.announcedAt = now;
	}

	public boolean isAnnounced() {
		return this.announcedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public AwardProgramme getProgramme() {
		return this.programme;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getNominationOpensAt() {
		return this.nominationOpensAt;
	}

	public Instant getNominationClosesAt() {
		return this.nominationClosesAt;
	}

	public Instant getReviewDeadline() {
		return this.reviewDeadline;
	}

	public Instant getCeremonyAt() {
		return this.ceremonyAt;
	}

	public Instant getAnnouncedAt() {
		return this.announcedAt;
	}

}
