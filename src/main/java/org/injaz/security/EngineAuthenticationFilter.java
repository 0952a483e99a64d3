package org.injaz.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the engine see the bearer token's user and groups for the length of one REST
 * request.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	EngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken jwt)) {
			chain.doFilter(request, response);
			return;
		}
		String userId = jwt.getToken().getClaimAsString("preferred_username");
		try {
			this.identityService.setAuthentication(userId, groups(jwt));
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/**
	 * Keycloak's group claim holds full paths ({@code /reviewers/g2c}); group ids drop
	 * the leading slash.
	 */
	static List<String> groups(JwtAuthenticationToken jwt) {
		List<String> paths = jwt.getToken().getClaimAsStringList("groups");
		List<String> groupIds = new ArrayList<>();
		if (paths != null) {
			paths.forEach((path) -> groupIds.add(path.startsWith("/") ? path.substring(1) : path));
		}
		return groupIds;
	}

}
