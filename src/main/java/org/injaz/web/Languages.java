package org.injaz.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The product speaks Arabic and English; Arabic unless the caller asks for English
 * (Accept-Language), so an unknown or missing language gets Arabic.
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

	public static final Locale ARABIC = Locale.forLanguageTag("ar");

	public static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(SUPPORTED);
		resolver.setDefaultLocale(ARABIC);
		return resolver;
	}

	/**
	 * The language of a request outside Spring MVC (security filters), by the same rule.
	 */
	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return ARABIC;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return (match != null) ? match : ARABIC;
		}
		catch (IllegalArgumentException ex) {
			return ARABIC;
		}
	}

}
