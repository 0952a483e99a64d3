package org.injaz.portal;

import java.time.Instant;
import java.util.Locale;

import org.injaz.edition.DualCalendarDate;

/**
 * A date as the portal shows it: Hijri (Umm al-Qura) and Gregorian, in the reader's
 * language, with the ISO date for {@code <time datetime>}. Public for the templates.
 */
public record DualDate(Instant instant, String iso, String ar, String en) {

	static DualDate of(Instant instant) {
		if (instant == null) {
			return null;
		}
		DualCalendarDate date = DualCalendarDate.of(instant);
		return new DualDate(instant, date.gregorian().toString(), date.arabic(), date.english());
	}

	public String in(Locale locale) {
		return Texts.isArabic(locale) ? this.ar : this.en;
	}

}
