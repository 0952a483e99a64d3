package org.injaz.committee.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * A branch's committee, from the engine's identity (Keycloak group
 * {@code committee/<branch>} in the full stack): the collection of the voting
 * multi-instance, {@code ${committeeMembers.of(branchCode)}}. Members see a branch's
 * nominations only through their own vote tasks, created once the branch's reviews are
 * in.
 */
@Component("committeeMembers")
public class CommitteeMembers {

	private final IdentityService identityService;

	CommitteeMembers(IdentityService identityService) {
		this.identityService = identityService;
	}

	/**
	 * The members of the branch's committee: the group {@code committee/<branch>}, e.g.
	 * {@code committee/g2c}.
	 */
	public List<String> of(String branchCode) {
		return this.identityService.createUserQuery()
			.memberOfGroup(CommitteeProcess.COMMITTEE + "/" + branchCode.toLowerCase(java.util.Locale.ROOT))
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
	}

}
