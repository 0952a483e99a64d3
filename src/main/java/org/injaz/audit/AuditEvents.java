package org.injaz.audit;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Query;

/**
 * Append and read only: no update or delete is offered.
 */
public interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("select a from AuditEvent a where a.nominationReference = :nominationReference order by a.occurredAt, a.id")
	List<AuditEvent> findByNominationReferenceOrderByOccurredAtAscIdAsc(String nominationReference);

}
