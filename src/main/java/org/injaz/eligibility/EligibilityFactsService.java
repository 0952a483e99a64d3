package org.injaz.eligibility;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.injaz.entity.NominatingEntities;
import org.injaz.entity.NominatingEntity;
import org.injaz.measurement.MeasurementResult;
import org.injaz.measurement.MeasurementResults;
import org.injaz.measurement.MeasurementStage;
import org.injaz.nomination.Nomination;
import org.injaz.nomination.NominationService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the facts of {@link EligibilityFacts} from nominations, entities and
 * measurement results; the rules themselves are the DMN table's.
 */
@Service
public class EligibilityFactsService {

	private final NominationService nominations;

	private final NominatingEntities entities;

	private final MeasurementResults measurements;

	private final BigDecimal leadExcellenceThreshold;

	EligibilityFactsService(NominationService nominations, NominatingEntities entities, MeasurementResults measurements,
			@Value("${injaz.eligibility.lead-excellence-threshold:60}") BigDecimal leadExcellenceThreshold) {
		this.nominations = nominations;
		this.entities = entities;
		this.measurements = measurements;
		this.leadExcellenceThreshold = leadExcellenceThreshold;
	}

	@Transactional(readOnly = true)
	public EligibilityFacts of(String reference) {
		Nomination nomination = this.nominations.get(reference);
		return new EligibilityFacts(leadMeasurement(nomination), nomination.getPartnerEntities().size(),
				this.nominations.entityNominationCount(reference), this.nominations.wonBranchRecently(reference));
	}

	private LeadMeasurement leadMeasurement(Nomination nomination) {
		Optional<MeasurementResult> latest = entityOf(nomination)
			.flatMap((entity) -> this.measurements.findFirstByEntityIdOrderByRoundDesc(entity.getId()));
		if (latest.isEmpty()) {
			return LeadMeasurement.MISSING;
		}
		BigDecimal excellence = latest.get().percentage(MeasurementStage.EXCELLENCE_AND_IMPROVEMENT);
		return (excellence.compareTo(this.leadExcellenceThreshold) >= 0) ? LeadMeasurement.MET : LeadMeasurement.BELOW;
	}

	/**
	 * Nominations name their entity as typed (often "Arabic · English"); the entity is
	 * the one whose English or Arabic name the text contains, longest name first.
	 */
	private Optional<NominatingEntity> entityOf(Nomination nomination) {
		return this.entities.findNamedIn(nomination.getEntityName().toLowerCase(Locale.ROOT));
	}

}
