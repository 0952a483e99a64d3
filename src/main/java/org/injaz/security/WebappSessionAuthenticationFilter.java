package org.injaz.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Embedded default: staff sign in to Camunda's webapps, which keep the user and groups in
 * the HTTP session. A link clicked in Tasklist carries that session, so this request is
 * signed in as the same user with the roles of the same groups; nothing is written back.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

	private final String engineName;

	WebappSessionAuthenticationFilter(String engineName) {
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentication signedIn = AuthenticationUtil.getAuthsFromSession(session)
				.getAuthenticationForProcessEngine(this.engineName);
			if (signedIn instanceof UserAuthentication user) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
						Roles.fromGroups(user.getGroupIds())));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
