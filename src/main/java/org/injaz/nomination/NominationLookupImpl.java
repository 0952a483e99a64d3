package org.injaz.nomination;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import org.springframework.transaction.annotation.Transactional;

class NominationLookupImpl implements NominationLookup {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	@Transactional(readOnly = true)
	public Optional<Nomination> findByReference(String reference) {
		return this.entityManager.unwrap(Session.class).bySimpleNaturalId(Nomination.class).loadOptional(reference);
	}

}
