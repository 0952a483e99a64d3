package org.injaz.portal;

import java.util.Locale;

/**
 * Picks the Arabic or the English of a pair of names.
 */
final class Texts {

	private Texts() {
	}

	static boolean isArabic(Locale locale) {
		return locale == null || "ar".equals(locale.getLanguage());
	}

	static String pick(Locale locale, String arabic, String english) {
		String preferred = isArabic(locale) ? arabic : english;
		return (preferred != null && !preferred.isBlank()) ? preferred : (isArabic(locale) ? english : arabic);
	}

}
