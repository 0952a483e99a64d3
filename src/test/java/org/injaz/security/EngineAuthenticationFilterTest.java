package org.injaz.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A request signed in against the engine's identity reads the user's groups once: the
 * sign-in hands them to the engine's authorization checks.
 */
class EngineAuthenticationFilterTest {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theEngineSeesTheGroupsTheSignInRead() throws Exception {
		IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
		when(identity.checkPassword("reviewer1", "demo")).thenReturn(true);
		when(identity.createGroupQuery().groupMember("reviewer1").list())
			.thenReturn(List.of(new GroupEntity("reviewers"), new GroupEntity("reviewers/g2c")));

		Authentication signedIn = new CamundaIdentityAuthenticationProvider(identity)
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reviewer1", "demo"));
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_REVIEWER");
		SecurityContextHolder.getContext().setAuthentication(signedIn);
		GroupQuery groupQuery = identity.createGroupQuery();
		clearInvocations(groupQuery);

		AtomicReference<Boolean> chainRan = new AtomicReference<>(false);
		new EngineAuthenticationFilter(identity).doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
				new MockHttpServletResponse(), (request, response) -> chainRan.set(true));

		assertThat(chainRan.get()).isTrue();
		verify(identity).setAuthentication("reviewer1", List.of("reviewers", "reviewers/g2c"));
		verify(identity).clearAuthentication();
		verifyNoInteractions(groupQuery);
	}

	@Test
	void aSignInWithoutEngineGroupsStillGetsThemFromTheEngine() throws Exception {
		IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
		when(identity.createGroupQuery().groupMember("coordinator").list())
			.thenReturn(List.of(new GroupEntity("coordinators")));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("coordinator", null, List.of()));

		new EngineAuthenticationFilter(identity).doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"),
				new MockHttpServletResponse(), (request, response) -> {
				});

		verify(identity).setAuthentication("coordinator", List.of("coordinators"));
	}

}
