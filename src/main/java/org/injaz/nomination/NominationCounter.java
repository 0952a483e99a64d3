package org.injaz.nomination;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * The last sequence number handed out for an edition and branch; locked while it is
 * advanced.
 */
@Entity
class NominationCounter {

	@EmbeddedId
	private Key key;

	private int lastValue;

	protected NominationCounter() {
	}

	NominationCounter(long editionId, long branchId) {
		this.key = new Key(editionId, branchId);
	}

	int next() {
		return ++this.lastValue;
	}

	@Embeddable
	record Key(long editionId, long branchId) implements Serializable {
	}

}
