package org.injaz.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as users read it: Hijri (Umm al-Qura) and Gregorian side by side, in Riyadh
 * time.
 */
public record DualCalendarDate(LocalDate gregorian, HijrahDate hijri) {

	public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	private static final DateTimeFormatter HIJRI_AR = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("ar-SA-u-nu-latn"));

	private static final DateTimeFormatter HIJRI_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter GREGORIAN_AR = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("ar-u-nu-latn"));

	private static final DateTimeFormatter GREGORIAN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public static DualCalendarDate of(Instant instant) {
		LocalDate gregorian = instant.atZone(RIYADH).toLocalDate();
		return new DualCalendarDate(gregorian, HijrahDate.from(gregorian));
	}

	/** For example "25 ذو الحجة 1447 هـ — 11 يونيو 2026 م". */
	public String arabic() {
		return HIJRI_AR.format(this.hijri) + " هـ — " + GREGORIAN_AR.format(this.gregorian) + " م";
	}

	/** For example "25 Dhu al-Hijjah 1447 AH (11 June 2026)". */
	public String english() {
		return HIJRI_EN.format(this.hijri) + " AH (" + GREGORIAN_EN.format(this.gregorian) + ")";
	}

}
