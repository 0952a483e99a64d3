package org.injaz.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Embedded default: checks API credentials against Camunda's own identity, which holds
 * the realm export's users.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object password = authentication.getCredentials();
		if (password == null || !this.identityService.checkPassword(user, password.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
				Roles.fromGroups(groups));
		// Kept for the engine's own check of the same request
		// (EngineAuthenticationFilter).
		token.setDetails(new EngineGroups(groups));
		return token;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
