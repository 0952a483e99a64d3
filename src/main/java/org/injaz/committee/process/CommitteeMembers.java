package org.injaz.committee.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * The committee's members, from the engine's identity (Keycloak group {@code committee}
 * in the full stack): the collection of the voting multi-instance,
 * {@code ${committeeMembers.list()}}.
 */
@Component("committeeMembers")
public class CommitteeMembers {

	private final IdentityService identityService;

	CommitteeMembers(IdentityService identityService) {
		this.identityService = identityService;
	}

	public List<String> list() {
		return this.identityService.createUserQuery()
			.memberOfGroup(CommitteeProcess.COMMITTEE)
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
	}

}
