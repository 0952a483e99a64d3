package org.injaz.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records case actions in the caller's transaction, so an action and its audit entry
 * commit or roll back together. An entry is one insert through JDBC: it is never read
 * back in the transaction that writes it, and a JPA persist of it (an identity key,
 * Spring Data's and Hibernate's layers) cost more than the insert itself at every step of
 * a case.
 */
@Service
public class AuditTrail {

	/** Who acts when no person does (timers, start-up). */
	public static final String SYSTEM = "system";

	private static final String INSERT = "insert into audit_event (occurred_at, actor, action, nomination_reference, detail)"
			+ " values (?, ?, ?, ?, ?)";

	private final AuditEvents events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrail(AuditEvents events, JdbcTemplate jdbc, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String nominationReference, String detail) {
		AuditEvent event = new AuditEvent(this.clock.instant(), (actor != null) ? actor : SYSTEM, action,
				nominationReference, detail);
		this.jdbc.update(INSERT, OffsetDateTime.ofInstant(event.getOccurredAt(), ZoneOffset.UTC), event.getActor(),
				event.getAction(), event.getNominationReference(), event.getDetail());
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> of(String nominationReference) {
		return this.events.findByNominationReferenceOrderByOccurredAtAscIdAsc(nominationReference);
	}

}
