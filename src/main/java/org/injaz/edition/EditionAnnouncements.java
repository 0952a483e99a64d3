package org.injaz.edition;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces an edition: from now on its outcomes are public.
 */
@Service
public class EditionAnnouncements {

	private final Editions editions;

	private final Clock clock;

	EditionAnnouncements(Editions editions, Clock clock) {
		this.editions = editions;
		this.clock = clock;
	}

	@Transactional
	public Edition announce(String programmeCode, int editionNumber) {
		Edition edition = this.editions.findByProgrammeCodeAndNumber(programmeCode, editionNumber)
			.orElseThrow(() -> new IllegalArgumentException(
					"No edition " + editionNumber + " of programme " + programmeCode));
		edition.announce(this.clock.instant());
		return edition;
	}

	@Transactional(readOnly = true)
	public boolean isAnnounced(String programmeCode, int editionNumber) {
		return this.editions.findByProgrammeCodeAndNumber(programmeCode, editionNumber)
			.map(Edition::isAnnounced)
			.orElse(false);
	}

}
