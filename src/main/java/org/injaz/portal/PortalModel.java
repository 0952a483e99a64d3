package org.injaz.portal;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every portal page's frame needs: the other language's link (the same page) and who
 * is signed in.
 */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

	@ModelAttribute("otherLanguage")
	String otherLanguage(Locale locale) {
		return Texts.isArabic(locale) ? "en" : "ar";
	}

	@ModelAttribute("languageSwitch")
	String languageSwitch(HttpServletRequest request, Locale locale) {
		String other = otherLanguage(locale);
		if (!"GET".equals(request.getMethod())) {
			// A form's result cannot be fetched again; the portal's start page can.
			return "/portal?" + PortalLocales.PARAMETER + "=" + other;
		}
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(PortalLocales.PARAMETER, other)
			.build()
			.toUriString();
	}

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
