package org.injaz.security;

import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * The only paths anyone may reach without signing in: the announced results (page and API
 * chain aside), health, and the portal's style sheet and script.
 */
final class PublicPaths {

	/** The nominees' portal; its pages are for nominees only. */
	static final String PORTAL = "/portal";

	static final String PORTAL_SIGN_IN = PORTAL + "/sign-in";

	static final String PORTAL_SIGN_OUT = PORTAL + "/sign-out";

	/** Where the portal sends a signed-in user who is not a nominee. */
	static final String PORTAL_REFUSED = PORTAL + "/refused";

	private PublicPaths() {
	}

	static RequestMatcher[] matchers() {
		return new RequestMatcher[] { withDefaults().matcher("/"), withDefaults().matcher("/error"),
				withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/**"),
				withDefaults().matcher("/actuator/info"), withDefaults().matcher("/results"),
				withDefaults().matcher("/results/**"), withDefaults().matcher(PORTAL + "/css/**"),
				withDefaults().matcher(PORTAL + "/js/**") };
	}

	/** Every page of the portal. */
	static RequestMatcher portal() {
		return withDefaults().matcher(PORTAL + "/**");
	}

}
