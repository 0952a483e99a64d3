package org.injaz.edition;

import java.time.Clock;
import java.util.Comparator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the edition of a programme whose nomination window is open now.
 */
@Service
public class OpenEditions {

	/** The Achievement Award, the programme a nomination goes to when none is named. */
	public static final String DEFAULT_PROGRAMME = "ACH";

	private final Editions editions;

	private final Clock clock;

	OpenEditions(Editions editions, Clock clock) {
		this.editions = editions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public int currentNumber(String programmeCode) {
		return this.editions.findAll()
			.stream()
			.filter((edition) -> edition.getProgramme().getCode().equals(programmeCode))
			.filter((edition) -> edition.acceptsNominationsAt(this.clock.instant()))
			.max(Comparator.comparingInt(Edition::getNumber))
			.map(Edition::getNumber)
			.orElseThrow(() -> new IllegalStateException("No open edition of programme " + programmeCode));
	}

}
