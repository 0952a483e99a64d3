package org.injaz.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

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
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		try {
			this.identityService.setAuthentication(authentication.getName(), groups(authentication));
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/**
	 * A bearer token carries the groups (full paths such as {@code /reviewers/g2c}; group
	 * ids drop the leading slash); a sign-in against the engine's identity has read them
	 * already; otherwise the engine's identity knows them.
	 */
	private List<String> groups(Authentication authentication) {
		if (authentication.getDetails() instanceof EngineGroups engineGroups) {
			return engineGroups.ids();
		}
		if (!(authentication instanceof JwtAuthenticationToken jwt)) {
			return this.identityService.createGroupQuery()
				.groupMember(authentication.getName())
				.list()
				.stream()
				.map(Group::getId)
				.toList();
		}
		List<String> paths = jwt.getToken().getClaimAsStringList("groups");
		List<String> groupIds = new ArrayList<>();
		if (paths != null) {
			paths.forEach((path) -> groupIds.add(path.startsWith("/") ? path.substring(1) : path));
		}
		return groupIds;
	}

}
