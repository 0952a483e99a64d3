package org.injaz.portal;

import java.util.Locale;

import org.injaz.web.Languages;

import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first, English on request: on the portal's pages {@code ?lang=en} (or
 * {@code ar}) switches, and the application's cookie locale resolver ({@link Languages})
 * remembers the choice; without it, the browser's Accept-Language picks Arabic or
 * English, and anything else gets Arabic.
 */
@Configuration(proxyBeanMethods = false)
class PortalLocales implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLocaleChange()).addPathPatterns("/portal/**", "/results", "/results/**");
	}

	@Nullable
	static Locale supported(@Nullable String language) {
		return Languages.SUPPORTED.stream()
			.filter((locale) -> locale.getLanguage().equals(language))
			.findFirst()
			.orElse(null);
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
