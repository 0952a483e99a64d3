package org.injaz.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DualCalendarDateTest {

	@Test
	void convertsToRiyadhDateAndUmmAlQuraHijri() {
		DualCalendarDate date = DualCalendarDate.of(Instant.parse("2017-04-03T09:00:00Z"));

		assertThat(date.gregorian()).isEqualTo(LocalDate.of(2017, 4, 3));
		assertThat(date.hijri().getChronology()).isEqualTo(HijrahChronology.INSTANCE);
		assertThat(date.hijri()).isEqualTo(HijrahDate.of(1438, 7, 6));
		assertThat(date.hijri().get(ChronoField.DAY_OF_MONTH)).isEqualTo(6);
		assertThat(date.hijri().get(ChronoField.MONTH_OF_YEAR)).isEqualTo(7);
		assertThat(date.hijri().get(ChronoField.YEAR)).isEqualTo(1438);
	}

	@Test
	void convertsALaterDateToo() {
		DualCalendarDate date = DualCalendarDate.of(Instant.parse("2024-11-22T12:00:00Z"));

		assertThat(date.gregorian()).isEqualTo(LocalDate.of(2024, 11, 22));
		// 20 Jumada al-Awwal 1446, the fifth month.
		assertThat(date.hijri()).isEqualTo(HijrahDate.of(1446, 5, 20));
	}

	@Test
	void lateEveningUtcIsAlreadyTheNextDayInRiyadh() {
		// Riyadh is UTC+3 all year: 22:30 UTC is 01:30 the next morning.
		DualCalendarDate date = DualCalendarDate.of(Instant.parse("2017-04-02T22:30:00Z"));

		assertThat(date.gregorian()).isEqualTo(LocalDate.of(2017, 4, 3));
		assertThat(date.hijri()).isEqualTo(HijrahDate.of(1438, 7, 6));
	}

	@Test
	void justBeforeMidnightInRiyadhIsStillTheSameDay() {
		DualCalendarDate date = DualCalendarDate.of(Instant.parse("2017-04-03T20:59:59Z"));

		assertThat(date.gregorian()).isEqualTo(LocalDate.of(2017, 4, 3));
	}

	@Test
	void arabicShowsHijriThenGregorianWithLatinDigits() {
		String arabic = DualCalendarDate.of(Instant.parse("2017-04-03T09:00:00Z")).arabic();

		assertThat(arabic).startsWith("6 رجب 1438 هـ").contains("2017").endsWith(" م");
		assertThat(arabic.indexOf("1438")).isLessThan(arabic.indexOf("2017"));
	}

	@Test
	void englishShowsHijriWithGregorianInBrackets() {
		String english = DualCalendarDate.of(Instant.parse("2017-04-03T09:00:00Z")).english();

		assertThat(english).isEqualTo("6 Rajab 1438 AH (3 April 2017)");
	}

}
