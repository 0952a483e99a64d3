package org.injaz.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Append and read only: no update or delete is offered.
 */
public interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByNominationReferenceOrderByOccurredAtAscIdAsc(String nominationReference);

}
