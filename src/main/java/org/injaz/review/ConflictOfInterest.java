package org.injaz.review;

import java.util.Locale;
import java.util.Set;

import org.injaz.nomination.Nomination;

import org.springframework.stereotype.Service;

/**
 * Separation of duties: nobody reviews or votes on a nomination of an entity they work
 * for.
 */
@Service
public class ConflictOfInterest {

	private final Affiliations affiliations;

	ConflictOfInterest(Affiliations affiliations) {
		this.affiliations = affiliations;
	}

	/** A conflict with an entity known by name only (e.g. a committee candidate). */
	public boolean conflicts(String username, String nominatingEntity) {
		return conflicts(this.affiliations.entitiesOf(username), nominatingEntity);
	}

	/**
	 * A conflict with the nominating entity or with a partner entity of the nomination.
	 */
	public boolean conflicts(String username, Nomination nomination) {
		Set<String> affiliations = this.affiliations.entitiesOf(username);
		return conflicts(affiliations, nomination.getEntityName())
				|| nomination.getPartnerEntities().stream().anyMatch((partner) -> conflicts(affiliations, partner));
	}

	/**
	 * Until nominations reference entities by id, an affiliation matches when the
	 * nominating entity's name (which may carry Arabic and English) contains it, ignoring
	 * case.
	 */
	static boolean conflicts(Set<String> affiliations, String nominatingEntity) {
		String entity = nominatingEntity.toLowerCase(Locale.ROOT);
		return affiliations.stream()
			.map((affiliation) -> affiliation.trim().toLowerCase(Locale.ROOT))
			.anyMatch((affiliation) -> !affiliation.isEmpty() && entity.contains(affiliation));
	}

	public void assertMayJudge(String username, Nomination nomination) {
		if (conflicts(username, nomination)) {
			throw new ConflictOfInterestException(username, nomination.getReference());
		}
	}

}
