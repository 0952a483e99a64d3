package org.injaz.security;

import java.util.LinkedHashMap;

import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A signed-in user who is not a nominee (or whose form lost its CSRF token) gets the
 * portal's own page with status 403, in their language; elsewhere the plain 403 stays.
 */
final class PortalRefusal {

	private PortalRefusal() {
	}

	static AccessDeniedHandler handler() {
		AccessDeniedHandlerImpl portalPage = new AccessDeniedHandlerImpl();
		portalPage.setErrorPage(PublicPaths.PORTAL_REFUSED);
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(PublicPaths.portal(), portalPage);
		return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
	}

}
