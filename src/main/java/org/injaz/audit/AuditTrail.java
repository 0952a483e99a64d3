package org.injaz.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records case actions in the caller's transaction, so an action and its audit entry
 * commit or roll back together.
 */
@Service
public class AuditTrail {

	/** Who acts when no person does (timers, start-up). */
	public static final String SYSTEM = "system";

	private final AuditEvents events;

	private final Clock clock;

	AuditTrail(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String nominationReference, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), (actor != null) ? actor : SYSTEM, action,
				nominationReference, detail));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> of(String nominationReference) {
		return this.events.findByNominationReferenceOrderByOccurredAtAscIdAsc(nominationReference);
	}

}
