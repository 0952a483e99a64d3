package org.injaz.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.injaz.entity.NominatingEntity;

/**
 * One entity's result in one round of the transformation measurement: a percentage per
 * stage, the overall percentage and the entity's rank among those measured. The overall
 * percentage is the measurement's own (published) figure, not recomputed here.
 */
@Entity
public class MeasurementResult {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SCALE = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "entity_id")
	private NominatingEntity entity;

	private int round;

	private LocalDate measuredAt;

	private BigDecimal buildPct;

	private BigDecimal availabilityPct;

	private BigDecimal excellencePct;

	private BigDecimal integrationPct;

	private BigDecimal overallPct;

	private int rank;

	protected MeasurementResult() {
	}

	/**
	 * Records a result; percentages lie in 0..100 with at most two decimals, round and
	 * rank start at 1.
	 */
	public MeasurementResult(NominatingEntity entity, int round, LocalDate measuredAt, BigDecimal buildPct,
			BigDecimal availabilityPct, BigDecimal excellencePct, BigDecimal integrationPct, BigDecimal overallPct,
			int rank) {
		if (entity == null || measuredAt == null) {
			throw new IllegalArgumentException("A measurement result needs an entity and a date");
		}
		if (round < 1) {
			throw new IllegalArgumentException("Measurement rounds start at 1, got " + round);
		}
		if (rank < 1) {
			throw new IllegalArgumentException("A rank starts at 1, got " + rank);
		}
		this.entity = entity;
		this.round = round;
		this.measuredAt = measuredAt;
		this.buildPct = percentage(MeasurementStage.BUILD.nameEn(), buildPct);
		this.availabilityPct = percentage(MeasurementStage.AVAILABILITY.nameEn(), availabilityPct);
		this.excellencePct = percentage(MeasurementStage.EXCELLENCE_AND_IMPROVEMENT.nameEn(), excellencePct);
		this.integrationPct = percentage(MeasurementStage.INTEGRATION.nameEn(), integrationPct);
		this.overallPct = percentage("Overall", overallPct);
		this.rank = rank;
	}

	private static BigDecimal percentage(String what, BigDecimal value) {
		if (value == null) {
			throw new IllegalArgumentException(what + " percentage is missing");
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException(what + " percentage lies between 0 and 100, got " + value);
		}
		if (value.stripTrailingZeros().scale() > SCALE) {
			throw new IllegalArgumentException(what + " percentage has at most two decimals, got " + value);
		}
		return value.setScale(SCALE);
	}

	/** The percentage reached in one stage. */
	public BigDecimal percentage(MeasurementStage stage) {
		return switch (stage) {
			case BUILD -> this.buildPct;
			case AVAILABILITY -> this.availabilityPct;
			case EXCELLENCE_AND_IMPROVEMENT -> this.excellencePct;
			case INTEGRATION -> this.integrationPct;
		};
	}

	public Long getId() {
		return this.id;
	}

	public NominatingEntity getEntity() {
		return this.entity;
	}

	public int getRound() {
		return this.round;
	}

	public LocalDate getMeasuredAt() {
		return this.measuredAt;
	}

	public BigDecimal getBuildPct() {
		return this.buildPct;
	}

	public BigDecimal getAvailabilityPct() {
		return this.availabilityPct;
	}

	public BigDecimal getExcellencePct() {
		return this.excellencePct;
	}

	public BigDecimal getIntegrationPct() {
		return this.integrationPct;
	}

	public BigDecimal getOverallPct() {
		return this.overallPct;
	}

	public int getRank() {
		return this.rank;
	}

}
