package org.injaz.portal;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * For the templates: {@code ${@portalDates.text(instant, #locale)}} gives an instant as a
 * Hijri and Gregorian date in the reader's language.
 */
@Component("portalDates")
public class PortalDates {

	public DualDate of(Instant instant) {
		return DualDate.of(instant);
	}

	public String text(Instant instant, Locale locale) {
		return (instant != null) ? DualDate.of(instant).in(locale) : "";
	}

}
