package org.injaz.audit;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Query;

/**
 * Read only: {@link AuditTrail} appends the entries, and nothing updates or deletes them.
 */
public interface AuditEvents extends Repository<AuditEvent, Long> {

	@Query("select a from AuditEvent a where a.nominationReference = :nominationReference order by a.occurredAt, a.id")
	List<AuditEvent> findByNominationReferenceOrderByOccurredAtAscIdAsc(String nominationReference);

}
