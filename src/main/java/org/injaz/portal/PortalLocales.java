package org.injaz.portal;

import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first, English on request: {@code ?lang=en} (or {@code ar}) switches and a
 * cookie remembers the choice; without one, the browser's Accept-Language picks Arabic or
 * English, and anything else gets Arabic.
 */
@Configuration(proxyBeanMethods = false)
class PortalLocales implements WebMvcConfigurer {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

	static final String COOKIE = "injaz-lang";

	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(PortalLocales::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLocaleChange()).addPathPatterns("/portal/**", "/results", "/results/**");
	}

	/** The first of the browser's languages that the portal speaks; Arabic otherwise. */
	static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return ARABIC;
		}
		Enumeration<Locale> wanted = request.getLocales();
		while (wanted.hasMoreElements()) {
			Locale supported = supported(wanted.nextElement().getLanguage());
			if (supported != null) {
				return supported;
			}
		}
		return ARABIC;
	}

	@Nullable
	static Locale supported(@Nullable String language) {
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/** Switches only to a language the portal speaks; any other value is ignored. */
	static final class SupportedLocaleChange extends LocaleChangeInterceptor {

		SupportedLocaleChange() {
			setParamName(PARAMETER);
			setIgnoreInvalidLocale(true);
		}

		@Override
		@Nullable
		protected Locale parseLocaleValue(String localeValue) {
			Locale locale = supported(localeValue.strip().toLowerCase(Locale.ROOT));
			if (locale == null) {
				throw new IllegalArgumentException("Unsupported language " + localeValue);
			}
			return locale;
		}

	}

}
