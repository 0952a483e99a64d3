package org.injaz.nomination;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;

import org.springframework.transaction.annotation.Transactional;

class NominationLookupImpl implements NominationLookup {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	@Transactional(readOnly = true)
	public Optional<Nomination> findByReference(String reference) {
		SessionImplementor session = this.entityManager.unwrap(SessionImplementor.class);
		EntityMappingType nomination = session.getFactory()
			.getRuntimeMetamodels()
			.getMappingMetamodel()
			.getEntityDescriptor(Nomination.class);
		Object id = session.getPersistenceContextInternal()
			.getNaturalIdResolutions()
			.findCachedIdByNaturalId(reference, nomination);
		if (id != null) {
			return Optional.ofNullable(session.find(Nomination.class, id));
		}
		// Not Hibernate's natural-id loader: it builds its SQL anew on every call, and
		// reads the partners in a second query. No flush first: pending changes cannot
		// change which row has this reference.
		return this.entityManager
			.createQuery("select n from Nomination n left join fetch n.partnerEntities where n.reference = :reference",
					Nomination.class)
			.setParameter("reference", reference)
			.setFlushMode(FlushModeType.COMMIT)
			.getResultList()
			.stream()
			.findFirst();
	}

}
