package org.injaz.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The product speaks Arabic and English; Arabic unless the caller asks for English. The
 * portal's language switch ({@code ?lang=en}) is remembered in a cookie, which wins;
 * without it the Accept-Language header decides, so an unknown or missing language gets
 * Arabic.
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

	public static final Locale ARABIC = Locale.forLanguageTag("ar");

	public static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

	/** The cookie that remembers a chosen language. */
	public static final String COOKIE = "injaz-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(Languages::of);
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
