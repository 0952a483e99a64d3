package org.injaz.security;

import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * The only paths anyone may reach without signing in.
 */
final class PublicPaths {

	private PublicPaths() {
	}

	static RequestMatcher[] matchers() {
		return new RequestMatcher[] { withDefaults().matcher("/"), withDefaults().matcher("/error"),
				withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/**"),
				withDefaults().matcher("/actuator/info") };
	}

}
